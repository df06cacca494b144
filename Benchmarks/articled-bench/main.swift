import ArticledCore
import ArticledStages
import Foundation

// articled-bench: runs the built-in stages in-process on article files.
//
//   articled-bench results DIR FILE...   write each result to DIR/<name>.json (for eval/score.py)
//   articled-bench stages [-n N] FILE... time each stage per article
//
// The end-to-end daemon benchmark lives in Benchmarks/e2e.sh (see README, "Benchmarks").

func loadDocument(_ path: String) throws -> Document {
    let url = URL(fileURLWithPath: path)
    let data = try Data(contentsOf: url)
    let name = url.lastPathComponent
    let format = InputFormat(fileExtension: url.pathExtension) ?? .text
    return Document(id: SHA256.hex(data), sourceFile: name, format: format, raw: String(decoding: data, as: UTF8.self))
}

func defaultPipeline() throws -> Pipeline {
    try Pipeline(BuiltinStages.defaultChain.map { try BuiltinStages.make(name: $0, options: nil)! })
}

var args = Array(CommandLine.arguments.dropFirst())
guard let mode = args.first else {
    print("usage: articled-bench results DIR FILE... | stages [-n N] FILE...")
    exit(2)
}
args.removeFirst()
let pipeline = try defaultPipeline()

switch mode {
case "results":
    let dir = args.removeFirst()
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    for path in args {
        var doc = try loadDocument(path)
        try await pipeline.run(&doc)
        let name = (doc.sourceFile as NSString).deletingPathExtension
        let bytes = JSONWriter.bytes(doc.resultJSON(processedAt: "1970-01-01T00:00:00Z"), newline: true)
        try Data(bytes).write(to: URL(fileURLWithPath: dir).appendingPathComponent(name + ".json"))
    }
case "stages":
    var iterations = 200
    if args.first == "-n" { args.removeFirst(); iterations = Int(args.removeFirst()) ?? 200 }
    let docs = try args.map(loadDocument)
    var totals: [String: Double] = [:]
    for _ in 0..<iterations {
        for d in docs {
            var doc = d
            try await pipeline.run(&doc)
            for r in doc.pipeline { totals[r.stage, default: 0] += r.ms }
        }
    }
    let n = Double(iterations * docs.count)
    var sum = 0.0
    for name in pipeline.stageNames {
        let ms = totals[name, default: 0] / n
        sum += ms
        print("stage \(name): \(String(format: "%.4f", ms)) ms/article")
    }
    print("stages total: \(String(format: "%.4f", sum)) ms/article over \(Int(n)) runs")
default:
    print("unknown mode \(mode)")
    exit(2)
}
