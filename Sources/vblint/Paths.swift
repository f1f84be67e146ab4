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
    static func absolute(_ p: String) -> String { PathNames.absolute(p, cwd: cwd) }
    static func parent(_ abs: String) -> String? { PathNames.parent(abs) }

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

/// The real file system, for configuration discovery.
struct PosixConfigFileSystem: ConfigFileSystem {
    func fileExists(_ path: String) -> Bool { Paths.exists(path) }
    func readFile(_ path: String, maxBytes: Int) throws -> [UInt8] { try IO.readFile(path, maxBytes: maxBytes) }
}

extension ConfigResolver {
    /// The CLI's resolver: paths shown relative to the working folder.
    convenience init(explicit: ResolvedConfig?) {
        self.init(explicit: explicit, fileSystem: PosixConfigFileSystem(), displayBase: Paths.cwd)
    }

    static func load(_ path: String) -> Result<ResolvedConfig, ConfigLoadError> {
        load(path, cwd: Paths.cwd, fileSystem: PosixConfigFileSystem())
    }
}

extension ResolvedConfig {
    func ignores(_ abs: String, isDirectory: Bool) -> Bool { ignores(abs, isDirectory: isDirectory, fallbackBase: Paths.cwd) }
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
