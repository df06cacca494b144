import ArticledCore

/// The stages that ship with articled, by the names the configuration uses.
public enum BuiltinStages {
    /// The default chain, in order.
    public static let defaultChain = ["cleanup", "extract", "tag", "summarize"]

    /// Every built-in stage name.
    public static let names: Set<String> = Set(defaultChain)

    /// Makes the built-in stage `name` with its configured `options`.
    ///
    /// - Returns: nil if no built-in stage has that name.
    /// - Throws: `StageOptions.Invalid` for an unknown or ill-typed option.
    public static func make(name: String, options: JSONValue?) throws(StageOptions.Invalid) -> (any Stage)? {
        var reader = try StageOptions(stage: name, values: options)
        let stage: any Stage
        switch name {
        case "cleanup": stage = try CleanupStage(options: &reader)
        case "extract": stage = try ExtractStage(options: &reader)
        case "tag": stage = try TagStage(options: &reader)
        case "summarize": stage = try SummaryStage(options: &reader)
        default: return nil
        }
        try reader.finish()
        return stage
    }

    /// Loads the built-in stages' word lists now rather than on first use, so that the first
    /// article after a start is as fast as the rest (the lists take tens of milliseconds to read).
    public static func warmUp() async {
        let stages = defaultChain.compactMap { try? make(name: $0, options: nil) }
        guard let pipeline = try? Pipeline(stages) else { return }
        var document = Document(id: "", sourceFile: "warm-up.txt", format: .text, raw: """
            Warm-up headline

            By Ann Writer

            Officials in Paris said on Monday that the plan was ready. "It works," said Marie Dupont.
            """)
        try? await pipeline.run(&document)
    }
}
