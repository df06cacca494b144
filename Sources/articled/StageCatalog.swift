import ArticledDaemon

/// Where the command line gets its stages: the built-ins, and plugins from the plugin folders.
enum StageCatalog {
    static let factory = PipelineFactory(pluginStage: PluginLocator().resolver)
}
