import VanBan

/// What finding and loading `.vblint.json` needs from a file system. The
/// front ends (CLI, language server) supply it; VanBanLint never touches
/// files itself.
public protocol ConfigFileSystem {
    func fileExists(_ path: String) -> Bool
    /// The bytes of a file of at most `maxBytes`; throws (with a readable
    /// description) when it cannot be read or is larger.
    func readFile(_ path: String, maxBytes: Int) throws -> [UInt8]
}

/// Lexical path helpers: no symlink resolution, so that `ignorePaths` and
/// configuration discovery follow the paths the user typed.
public enum PathNames {
    /// An absolute, normalised path (`.` and `..` resolved lexically);
    /// a relative `p` is taken relative to `cwd`.
    public static func absolute(_ p: String, cwd: String) -> String {
        let full = p.hasPrefix("/") ? p : cwd + "/" + p
        var out: [Substring] = []
        for seg in full.split(separator: "/", omittingEmptySubsequences: true) {
            if seg == "." { continue }
            if seg == ".." { if !out.isEmpty { out.removeLast() }; continue }
            out.append(seg)
        }
        return "/" + out.joined(separator: "/")
    }

    public static func parent(_ abs: String) -> String? {
        guard abs != "/" else { return nil }
        guard let slash = abs.lastIndex(of: "/") else { return nil }
        return slash == abs.startIndex ? "/" : String(abs[..<slash])
    }

    /// `abs` relative to `dir` when it lies under it.
    public static func relative(_ abs: String, to dir: String) -> String? {
        if dir == "/" { return String(abs.dropFirst()) }
        if abs == dir { return "" }
        return abs.hasPrefix(dir + "/") ? String(abs.dropFirst(dir.count + 1)) : nil
    }

    /// `dir/name`, without a doubled slash at the root.
    public static func join(_ dir: String, _ name: String) -> String { dir == "/" ? "/" + name : dir + "/" + name }
}

/// A configuration file that was found, with the folder its relative
/// paths are resolved against.
public final class ResolvedConfig: Sendable {
    public let path: String
    public let directory: String
    public let config: Configuration
    /// The built-in catalog merged with the configuration's `catalogs`.
    public let catalog: DocumentCatalog

    public init(path: String, directory: String, config: Configuration, catalog: DocumentCatalog = .builtin) {
        self.catalog = catalog
        self.path = path; self.directory = directory; self.config = config
    }

    /// The linter options of the configuration, with its catalog.
    public var lintOptions: LintOptions {
        var o = config.lintOptions
        o.catalog = catalog
        return o
    }

    /// Whether a path (absolute, lexical) is excluded by `ignorePaths`;
    /// a path outside the configuration's folder is matched relative to
    /// `fallbackBase` (the CLI's working folder), else as it is.
    public func ignores(_ abs: String, isDirectory: Bool, fallbackBase: String? = nil) -> Bool {
        guard !config.ignorePaths.isEmpty else { return false }
        let rel = PathNames.relative(abs, to: directory) ?? fallbackBase.flatMap { PathNames.relative(abs, to: $0) } ?? abs
        guard !rel.isEmpty else { return false }
        return config.ignorePaths.contains { PathPattern.matches($0, path: rel, isDirectory: isDirectory) }
    }
}

/// A configuration that could not be used, and why.
public struct ConfigLoadError: Error, Sendable {
    public var text: LocalizedText
    /// The configuration file concerned, if any.
    public var path: String?
    public init(_ t: LocalizedText, path: String? = nil) { text = t; self.path = path }
}

/// Finds `.vblint.json` by walking up from a folder (cached per folder),
/// or uses an explicit one.
public final class ConfigResolver {
    public static let fileName = ".vblint.json"
    public let explicit: ResolvedConfig?
    private let fileSystem: any ConfigFileSystem
    /// Paths in messages are shown relative to this folder when under it.
    private let displayBase: String?
    private var cache: [String: ResolvedConfig?] = [:]
    /// Configuration files that could not be used, with the reason (each recorded once).
    public private(set) var failures: [(path: String, error: LocalizedText)] = []
    private var failed: Set<String> = []

    public init(explicit: ResolvedConfig?, fileSystem: any ConfigFileSystem, displayBase: String? = nil) {
        self.explicit = explicit
        self.fileSystem = fileSystem
        self.displayBase = displayBase
    }

    /// Reads and parses a configuration file (`path` as it is to be shown;
    /// `cwd` makes it absolute) and the catalogs it names.
    public static func load(_ path: String, cwd: String, fileSystem fs: any ConfigFileSystem) -> Result<ResolvedConfig, ConfigLoadError> {
        let bytes: [UInt8]
        do { bytes = try fs.readFile(path, maxBytes: 1 << 20) } catch {
            return .failure(ConfigLoadError(LocalizedText(vi: "không đọc được tệp cấu hình \(path): \(error)",
                                                          en: "cannot read configuration \(path): \(error)")))
        }
        let c: Configuration
        do { c = try Configuration.parse(bytes) } catch {
            return .failure(ConfigLoadError(LocalizedText(vi: "\(path): cấu hình không hợp lệ: \(error.text(.vi))",
                                                          en: "\(path): invalid configuration: \(error.text(.en))"), path: path))
        }
        let dir = PathNames.parent(PathNames.absolute(path, cwd: cwd)) ?? "/"
        var catalog = DocumentCatalog.builtin
        // User catalogs of documents (paths relative to the configuration's folder).
        if !c.catalogs.isEmpty {
            var jsons: [[UInt8]] = []
            for cat in c.catalogs {
                let p = cat.hasPrefix("/") ? cat : PathNames.join(dir, cat)
                do { jsons.append(try fs.readFile(p, maxBytes: 64 << 20)) } catch {
                    return .failure(ConfigLoadError(LocalizedText(vi: "\(path): không đọc được danh mục \(cat): \(error)",
                                                                  en: "\(path): cannot read catalog \(cat): \(error)"), path: path))
                }
            }
            do { catalog = try DocumentCatalog.withUserCatalogs(jsons) } catch {
                return .failure(ConfigLoadError(LocalizedText(vi: "\(path): danh mục không hợp lệ: \(error.message)",
                                                              en: "\(path): invalid catalog: \(error.message)"), path: path))
            }
        }
        return .success(ResolvedConfig(path: path, directory: dir, config: c, catalog: catalog))
    }

    /// Whether `path` (absolute) is a catalog named by a configuration
    /// read so far.
    public func isCatalog(_ path: String) -> Bool {
        cache.values.contains { rc in
            guard let rc else { return false }
            return rc.config.catalogs.contains { ($0.hasPrefix("/") ? $0 : PathNames.absolute($0, cwd: rc.directory)) == path }
        }
    }

    /// The configuration governing files in folder `dir` (absolute).
    /// `.failure` when the nearest configuration is invalid.
    public func config(forDirectory dir: String) -> Result<ResolvedConfig?, ConfigLoadError> {
        if let e = explicit { return .success(e) }
        var chain: [String] = []
        var d: String? = dir
        var found: ResolvedConfig?? = nil
        while let cur = d {
            if let hit = cache[cur] { found = hit; break }
            chain.append(cur)
            let candidate = PathNames.join(cur, Self.fileName)
            if fileSystem.fileExists(candidate) {
                let shown = displayBase.flatMap { PathNames.relative(candidate, to: $0) } ?? candidate
                switch Self.load(shown, cwd: displayBase ?? "/", fileSystem: fileSystem) {
                case .success(let rc): found = .some(rc)
                case .failure(let e):
                    if failed.insert(candidate).inserted { failures.append((candidate, e.text)) }
                    return .failure(e)
                }
                break
            }
            d = PathNames.parent(cur)
        }
        let result: ResolvedConfig? = found ?? nil
        for c in chain { cache[c] = .some(result) }
        return .success(result)
    }
}
