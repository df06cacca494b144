import Foundation

/// Everything needed to start one plugin process: program, arguments, folder, environment.
///
/// The rule that keeps arbitrary programs from running: the code that runs must live in the
/// plugin's folder. The first word of `command` is either
/// - a path with a slash, relative to the plugin's folder (`./run`, `bin/plugin`) or absolute
///   inside it: the plugin's own program; or
/// - a bare name (`python3`, looked up in PATH) or an absolute path outside the folder
///   (`/usr/bin/python3`): an interpreter, which must then be given a script inside the folder
///   as its first argument that does not start with `-` (`[python3, -u, plugin.py]`); options
///   that run code from the command line (`-c`, `-e`, `-m`, `--eval`…) are refused.
///
/// Paths are checked without symbolic links (a link that leads out of the folder is refused).
/// `swift_product` names an executable in the folder of the running `articled` binary, where
/// `swift build` puts it. Nothing is ever run through a shell.
public struct PluginLaunch: Sendable, Equatable {
    /// The plugin's name, for the environment and messages.
    public var name: String
    /// The plugin's folder, absolute, without symbolic links: the processes' working folder.
    public var folder: String
    /// The program as the manifest gives it (a path, or a bare name to find in PATH).
    public var program: String
    /// The argument vector, program first.
    public var arguments: [String]
    /// The script an interpreter runs, absolute; nil when the program is the plugin's own.
    public var script: String?
    /// Whether the program is the plugin's own (inside its folder) rather than an interpreter.
    public var ownProgram: Bool

    /// Interpreter options that run code given on the command line or from elsewhere
    /// (`sh -c`, `perl -e`, `python3 -m`, `node --eval`): refused before the script.
    static let codeOptions: Set<String> = ["-c", "-e", "-E", "-m", "-r", "-p", "--eval", "--print", "--command", "--execute"]

    /// The PATH plugins get when the daemon has none.
    static let fallbackPath = "/usr/local/bin:/usr/bin:/bin"

    /// The launch of `manifest`'s command for the plugin in `folder`.
    ///
    /// - Throws: when the command would run code from outside the plugin's folder.
    public init(manifest: PluginManifest, folder: String, file: String) throws(ConfigurationError) {
        name = manifest.name
        self.folder = Self.realPath(folder) ?? folder
        switch manifest.command {
        case .swiftProduct(let product):
            let exe = Self.realPath("/proc/self/exe") ?? CommandLine.arguments[0]
            program = ((exe as NSString).deletingLastPathComponent as NSString).appendingPathComponent(product)
            arguments = [program]
            script = nil
            ownProgram = false
        case .arguments(let argv):
            program = argv[0]
            arguments = argv
            if program.contains("/") && (!program.hasPrefix("/") || Self.isInside(program, self.folder)) {
                let path = program.hasPrefix("/") ? program : (self.folder as NSString).appendingPathComponent(program)
                guard Self.isInside(path, self.folder) else {
                    throw ConfigurationError(file: file, message: "'command': '\(program)' is outside the plugin's folder")
                }
                if let real = Self.realPath(path), !Self.isInside(real, self.folder) {
                    throw ConfigurationError(file: file, message: "'command': '\(program)' leads outside the plugin's folder (to \(real))")
                }
                program = Self.normalized(path)
                script = nil
                ownProgram = true
            } else {
                guard let scriptIndex = argv.indices.dropFirst().first(where: { !argv[$0].hasPrefix("-") }) else {
                    throw ConfigurationError(file: file, message: "'command': the interpreter '\(program)' must be given a script in the plugin's folder")
                }
                if let code = argv[1..<scriptIndex].first(where: { Self.codeOptions.contains($0) }) {
                    throw ConfigurationError(file: file, message: "'command': '\(code)' would run code that is not in the plugin's folder; give the interpreter a script")
                }
                let given = argv[scriptIndex]
                let path = given.hasPrefix("/") ? given : (self.folder as NSString).appendingPathComponent(given)
                guard Self.isInside(path, self.folder) else {
                    throw ConfigurationError(file: file, message: "'command': the script '\(given)' is outside the plugin's folder")
                }
                if let real = Self.realPath(path), !Self.isInside(real, self.folder) {
                    throw ConfigurationError(file: file, message: "'command': the script '\(given)' leads outside the plugin's folder (to \(real))")
                }
                script = Self.normalized(path)
                ownProgram = false
            }
        }
    }

    /// The environment a plugin gets, and nothing else: PATH (the daemon's, or a default),
    /// LANG=C.UTF-8, HOME (the plugin's folder), ARTICLED_PLUGIN (its name), ARTICLED_PROTOCOL.
    public var environment: [String] {
        let path = ProcessInfo.processInfo.environment["PATH"].flatMap { $0.isEmpty ? nil : $0 } ?? Self.fallbackPath
        return ["PATH=\(path)", "LANG=C.UTF-8", "HOME=\(folder)", "ARTICLED_PLUGIN=\(name)",
                "ARTICLED_PROTOCOL=\(PluginProtocol.version)"]
    }

    /// The program to execute, checked again now that files may have changed since the
    /// configuration was read: it must exist, and the plugin's own code must still be inside
    /// its folder once symbolic links are resolved.
    func executable() throws(PluginFailure) -> String {
        if let script {
            guard let real = Self.realPath(script) else { throw .startFailed("the script '\(script)' does not exist") }
            guard Self.isInside(real, folder) else { throw .startFailed("the script '\(script)' leads outside the plugin's folder") }
        }
        let found: String
        if program.contains("/") {
            found = program
        } else {
            let path = environment.first { $0.hasPrefix("PATH=") }.map { String($0.dropFirst(5)) } ?? Self.fallbackPath
            guard let hit = path.split(separator: ":").map({ ($0 as Substring).description + "/" + program })
                .first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
                throw .startFailed("'\(program)' is not found in PATH")
            }
            found = hit
        }
        guard FileManager.default.isExecutableFile(atPath: found) else {
            throw .startFailed("the command '\(found)' does not exist or is not executable")
        }
        if ownProgram {
            guard let real = Self.realPath(found), Self.isInside(real, folder) else {
                throw .startFailed("the command '\(found)' leads outside the plugin's folder")
            }
        }
        return found
    }

    /// `path` without symbolic links, or nil when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let p = realpath(path, nil) else { return nil }
        defer { free(p) }
        return String(cString: p)
    }

    /// Whether `path` (after removing `.` and `..`, without following links) lies inside `folder`.
    static func isInside(_ path: String, _ folder: String) -> Bool {
        let p = normalized(path)
        let f = normalized(folder)
        return p.hasPrefix(f == "/" ? f : f + "/")
    }

    /// An absolute path with `.`, `..` and repeated slashes removed, by its text alone.
    ///
    /// Deliberately not `standardizingPath`, which also follows symbolic links: the rule is
    /// checked once on the text (what the manifest says) and once on the real path (at start).
    static func normalized(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            if part == "." { continue }
            if part == ".." { _ = parts.popLast(); continue }
            parts.append(part)
        }
        return "/" + parts.joined(separator: "/")
    }
}
