// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "articled",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "articled", targets: ["articled"]),
        .library(name: "ArticledCore", targets: ["ArticledCore"]),
        .library(name: "ArticledPluginKit", targets: ["ArticledPluginKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
    ],
    targets: [
        // libinotifytools, the C library that watches the inbox.
        .systemLibrary(
            name: "CInotifyTools",
            providers: [.apt(["libinotifytools0-dev"])]
        ),
        // Linux system calls that Swift's Glibc module does not expose.
        .target(name: "CLinux"),
        // SHA-256's compression function on the x86-64 SHA extensions, for document ids.
        .target(name: "CSHA256Blocks"),
        // The document model, the stage protocol and the pipeline: no file or process I/O.
        .target(name: "ArticledCore", dependencies: ["CSHA256Blocks"]),
        // The built-in stages: cleanup, extract, tag, summarize.
        .target(
            name: "ArticledStages",
            dependencies: ["ArticledCore"],
            resources: [.copy("Resources")]
        ),
        // The daemon: watching, claiming, queueing, writing, configuration, plugins, systemd.
        .target(
            name: "ArticledDaemon",
            dependencies: [
                "ArticledCore",
                "ArticledStages",
                "CInotifyTools",
                "CLinux",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ]
        ),
        // What a Swift plugin links: a function on a document becomes a complete plugin executable.
        .target(name: "ArticledPluginKit", dependencies: ["ArticledCore"]),
        // The thin command line.
        .executableTarget(
            name: "articled",
            dependencies: [
                "ArticledDaemon",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ]
        ),
        // The example Swift plugin (Plugins/README.md): its plugin.yaml names this product.
        .executableTarget(
            name: "articled-readability",
            dependencies: ["ArticledPluginKit"],
            path: "Plugins/readability",
            exclude: ["plugin.yaml"]
        ),
        // In-process benchmark of the stages (see README, "Benchmarks").
        .executableTarget(
            name: "articled-bench",
            dependencies: [
                "ArticledCore", "ArticledStages", "CAllocationCounter",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Benchmarks/articled-bench"
        ),
        // Counts heap allocations for the benchmark (linked into articled-bench only).
        .target(name: "CAllocationCounter", path: "Benchmarks/CAllocationCounter"),
        .testTarget(name: "ArticledCoreTests", dependencies: ["ArticledCore"]),
        .testTarget(name: "ArticledStagesTests", dependencies: ["ArticledStages"]),
        // What several test targets share (a stand-in for systemd's notify socket).
        .target(name: "ArticledTestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "ArticledDaemonTests", dependencies: ["ArticledDaemon", "ArticledTestSupport"]),
        .testTarget(name: "EndToEndTests", dependencies: ["ArticledCore", "articled", "articled-readability", "ArticledTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
