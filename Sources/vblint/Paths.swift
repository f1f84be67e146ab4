#if canImport(Glibc)
import Glibc
#endif
import Dispatch
import Synchronization
import VanBanLint

/// Lexical path helpers (no symlink resolution, so that `ignorePaths` and
/// configuration discovery follow the paths the user typed).
enum Paths {
    static let cwd: String = {
        var buf = [CChar](repeating: 0, count: 4096)
        guard getcwd(&buf, buf.count) != nil else { return "/" }
        return String(decoding: buf.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }()

    /// An absolute, normalised path (`.` and `..` resolved lexically).
    static func absolute(_ p: String) -> String {
        let full = p.hasPrefix("/") ? p : cwd + "/" + p
        var out: [Substring] = []
        for seg in full.split(separator: "/", omittingEmptySubsequences: true) {
            if seg == "." { continue }
            if seg == ".." { if !out.isEmpty { out.removeLast() }; continue }
            out.append(seg)
        }
        return "/" + out.joined(separator: "/")
    }

    static func parent(_ abs: String) -> String? {
        guard abs != "/" else { return nil }
        guard let slash = abs.lastIndex(of: "/") else { return nil }
        return slash == abs.startIndex ? "/" : String(abs[..<slash])
    }

    /// `path` relative to `dir` when it lies under it.
    static func relative(_ abs: String, to dir: String) -> String? {
        if dir == "/" { return String(abs.dropFirst()) }
        if abs == dir { return "" }
        return abs.hasPrefix(dir + "/") ? String(abs.dropFirst(dir.count + 1)) : nil
    }

    /// The path as shown in reports: as typed, without a leading `./`.
    static func display(_ p: String) -> String {
        var s = Substring(p)
        while s.hasPrefix("./") && s.count > 2 { s = s.dropFirst(2); while s.hasPrefix("/") { s = s.dropFirst() } }
        return String(s)
    }

    static func exists(_ p: String) -> Bool {
        var st = stat()
        return stat(p, &st) == 0
    }

    static func env(_ name: String) -> String? {
        guard let v = getenv(name) else { return nil }
        return String(cString: v)
    }

    static var processorCount: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }
}

/// A configuration file that was found, with the folder its relative
/// paths are resolved against.
final class ResolvedConfig: Sendable {
    let path: String
    let directory: String
    let config: Configuration
    init(path: String, directory: String, config: Configuration) {
        self.path = path; self.directory = directory; self.config = config
    }

    /// Whether a path (absolute, lexical) is excluded by `ignorePaths`.
    func ignores(_ abs: String, isDirectory: Bool) -> Bool {
        guard !config.ignorePaths.isEmpty else { return false }
        let rel = Paths.relative(abs, to: directory) ?? Paths.relative(abs, to: Paths.cwd) ?? abs
        guard !rel.isEmpty else { return false }
        return config.ignorePaths.contains { PathPattern.matches($0, path: rel, isDirectory: isDirectory) }
    }
}

/// Finds `.vblint.json` by walking up from a folder (cached per folder),
/// or uses the one given with `--config`.
final class ConfigResolver {
    static let fileName = ".vblint.json"
    let explicit: ResolvedConfig?
    private var cache: [String: ResolvedConfig?] = [:]
    /// Configuration files that could not be used, with the reason (each reported once).
    private(set) var failures: [(path: String, error: LocalizedText)] = []
    private var failed: Set<String> = []

    init(explicit: ResolvedConfig?) { self.explicit = explicit }

    /// Reads and parses a configuration file.
    static func load(_ path: String) -> Result<ResolvedConfig, LocalizedError> {
        let bytes: [UInt8]
        do { bytes = try IO.readFile(path, maxBytes: 1 << 20) } catch {
            return .failure(LocalizedError(LocalizedText(vi: "không đọc được tệp cấu hình \(path): \(error)",
                                                         en: "cannot read configuration \(path): \(error)")))
        }
        do {
            let c = try Configuration.parse(bytes)
            let abs = Paths.absolute(path)
            return .success(ResolvedConfig(path: path, directory: Paths.parent(abs) ?? "/", config: c))
        } catch {
            var e = LocalizedError(LocalizedText(vi: "\(path): cấu hình không hợp lệ: \(error.text(.vi))",
                                                 en: "\(path): invalid configuration: \(error.text(.en))"))
            e.path = path
            return .failure(e)
        }
    }

    /// The configuration governing files in folder `dir` (absolute).
    /// `.failure` when the nearest configuration is invalid.
    func config(forDirectory dir: String) -> Result<ResolvedConfig?, LocalizedError> {
        if let e = explicit { return .success(e) }
        var chain: [String] = []
        var d: String? = dir
        var found: ResolvedConfig?? = nil
        while let cur = d {
            if let hit = cache[cur] { found = hit; break }
            chain.append(cur)
            let candidate = cur == "/" ? "/" + ConfigResolver.fileName : cur + "/" + ConfigResolver.fileName
            if Paths.exists(candidate) {
                switch ConfigResolver.load(Paths.relative(candidate, to: Paths.cwd) ?? candidate) {
                case .success(let rc): found = .some(rc)
                case .failure(let e):
                    if failed.insert(candidate).inserted { failures.append((candidate, e.text)) }
                    return .failure(e)
                }
                break
            }
            d = Paths.parent(cur)
        }
        let result: ResolvedConfig? = found ?? nil
        for c in chain { cache[c] = .some(result) }
        return .success(result)
    }
}

struct LocalizedError: Error {
    var text: LocalizedText
    /// The configuration file concerned, if any.
    var path: String?
    init(_ t: LocalizedText) { text = t }
}

/// Runs `body` for indices 0..<count on up to `jobs` threads; results in
/// index order.
func parallelMap<T: Sendable>(_ count: Int, jobs: Int, _ body: @Sendable (Int) -> T) -> [T] {
    if jobs <= 1 || count <= 1 { return (0..<count).map(body) }
    nonisolated(unsafe) let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
    results.initialize(repeating: nil)
    defer { results.deinitialize(); results.deallocate() }
    let next = Atomic<Int>(0)
    DispatchQueue.concurrentPerform(iterations: min(jobs, count)) { _ in
        while true {
            let i = next.add(1, ordering: .relaxed).oldValue
            if i >= count { break }
            results[i] = body(i)
        }
    }
    return results.map { $0! }
}
