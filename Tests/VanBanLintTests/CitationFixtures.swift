#if canImport(Glibc)
import Glibc
#endif

/// Reads files of `Tests/Fixtures/citations` and finds `../shared`.
enum CitationFixtures {
    static let root: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        parts.removeLast(2)
        return parts.joined(separator: "/")
    }()

    struct Missing: Error { var path: String }

    static func readFile(_ path: String) throws -> String {
        guard let bytes = Fixtures.read(path) else { throw Missing(path: path) }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func read(_ name: String) throws -> String { try readFile(root + "/Fixtures/citations/" + name) }

    /// `../shared/corpus/real` beside the package, if present.
    static let corpusDir: String? = {
        let p = root + "/../../shared/corpus/real"
        var st = stat()
        return stat(p, &st) == 0 ? p : nil
    }()

    static func corpusFiles() -> [String] {
        guard let dir = corpusDir, let d = opendir(dir) else { return [] }
        defer { closedir(d) }
        var out: [String] = []
        while let e = readdir(d) {
            let name = withUnsafePointer(to: e.pointee.d_name) { $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) } }
            if name.hasSuffix(".txt") { out.append(dir + "/" + name) }
        }
        return out.sorted()
    }
}
