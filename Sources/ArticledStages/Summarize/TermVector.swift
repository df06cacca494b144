/// A sentence's tf-isf weighted terms, sorted by term id, with its Euclidean norm.
struct TermVector: Sendable {
    var terms: [(id: Int32, weight: Double)]
    var norm: Double

    /// The cosine similarity with `other`, by a merge of the two sorted term lists.
    func cosine(_ other: TermVector) -> Double {
        guard norm > 0, other.norm > 0 else { return 0 }
        var i = 0, j = 0, dot = 0.0
        let a = terms, b = other.terms
        while i < a.count && j < b.count {
            let x = a[i].id, y = b[j].id
            if x == y {
                dot += a[i].weight * b[j].weight; i += 1; j += 1
            } else if x < y { i += 1 } else { j += 1 }
        }
        return dot / (norm * other.norm)
    }
}
