/// Why an input file cannot be read as an article; the text goes into its failure report.
struct InputRejection: Error, Sendable, CustomStringConvertible {
    var reason: String
    var description: String { reason }
}
