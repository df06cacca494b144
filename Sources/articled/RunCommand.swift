import ArgumentParser
import ArticledDaemon
import Glibc
import Logging
import ServiceLifecycle

/// `articled run`: the daemon.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Watch the inbox, process each article once, write the outbox; SIGHUP reloads, SIGTERM stops."
    )

    @OptionGroup var options: ConfigurationOptions
    @Option(help: "The inbox folder (overrides the configuration).") var inbox: String?
    @Option(help: "The outbox folder (overrides the configuration).") var outbox: String?

    func run() async throws {
        signal(SIGPIPE, SIG_IGN)
        var configuration = try options.load()
        apply(&configuration)
        let level = Logger.Level(rawValue: configuration.logLevel) ?? .info
        LoggingSystem.bootstrap { ConsoleLogHandler(label: $0, level: level) }
        let logger = Logger(label: "articled")
        _ = try options.pipeline(configuration)
        let explicit = options.config
        let overrides = self
        let daemon = ArticleDaemon(
            configuration: configuration,
            factory: StageCatalog.factory,
            reloadSource: {
                var fresh = try Configuration.resolve(explicit: explicit)
                overrides.apply(&fresh)
                return fresh
            },
            logger: logger,
            notifier: SystemdNotifier(environment: ProcessInfoEnvironment.current)
        )
        let group = ServiceGroup(configuration: .init(
            services: [.init(service: daemon)],
            gracefulShutdownSignals: [.sigterm, .sigint],
            cancellationSignals: [],
            logger: Logger(label: "articled.lifecycle", factory: { _ in SwiftLogNoOpLogHandler() })
        ))
        do {
            try await group.run()
        } catch {
            logger.critical("the daemon stopped on an error", metadata: ["error": "\(error)"])
            throw ExitCode(1)
        }
    }

    func apply(_ configuration: inout Configuration) {
        if let inbox { configuration.inbox = inbox }
        if let outbox { configuration.outbox = outbox }
    }
}
