import ArgumentParser
import ArticledDaemon
import Glibc
import Logging
import Metrics
import Prometheus
import ServiceLifecycle

/// `articled run`: the daemon.
///
/// SIGTERM and SIGINT stop it gracefully (exit 0): no new files, documents in flight get
/// `shutdown_grace_seconds`. A configuration error exits with 2, which the systemd unit's
/// `RestartPreventExitStatus=2` names, so a broken configuration is not restarted in a loop.
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
        // One registry for every swift-metrics metric in the process: the daemon's and those
        // made elsewhere through the global MetricsSystem (the plugin restart counter).
        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(DaemonMetricsFactory.make(registry: registry))
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
            notifier: SystemdNotifier(environment: ProcessInfoEnvironment.current),
            metricsRegistry: registry
        )
        var groupConfiguration = ServiceGroupConfiguration(
            services: [.init(service: daemon)],
            gracefulShutdownSignals: [.sigterm, .sigint],
            cancellationSignals: [],
            logger: Logger(label: "articled.lifecycle", factory: { _ in SwiftLogNoOpLogHandler() })
        )
        // The daemon bounds its own wait by the grace time; these only catch a hang, and stay
        // below the unit's TimeoutStopSec= for the default grace time.
        groupConfiguration.maximumGracefulShutdownDuration = .seconds(configuration.shutdownGraceSeconds + 15)
        groupConfiguration.maximumCancellationDuration = .seconds(5)
        let group = ServiceGroup(configuration: groupConfiguration)
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
