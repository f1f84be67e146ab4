#if canImport(Glibc)
import Glibc
#endif
@testable import VanBan

/// File helpers for the VanBan tests (no Foundation).
enum TestFiles {
    /// The package root (two levels above this file's folder).
    static let packageRoot: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        parts.removeLast(3)
        return parts.joined(separator: "/")
    }()

    static let fixtures = packageRoot + "/Tests/Fixtures/documents"

    /// `../shared/corpus/real` beside the clone, if present.
    static let realCorpus: String? = {
        let p = packageRoot + "/../shared/corpus/real"
        var st = stat()
        guard stat(p + "/MANIFEST.tsv", &st) == 0 else {
            // Said once, for every test that reads the corpus when it is there.
            print("VanBanTests: ../shared/corpus/real absent; the fast-path and corpus checks ran on the repository's fixtures only")
            return nil
        }
        return p
    }()

    static func read(_ path: String) -> [UInt8]? {
        guard let f = fopen(path, "rb") else { return nil }
        defer { fclose(f) }
        var out: [UInt8] = []
        var buf = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = fread(&buf, 1, buf.count, f)
            if n <= 0 { break }
            out.append(contentsOf: buf[0..<n])
        }
        return out
    }

    static func readText(_ path: String) -> String? {
        read(path).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Names of the regular files in a folder, sorted.
    static func list(_ dir: String) -> [String] {
        guard let d = opendir(dir) else { return [] }
        defer { closedir(d) }
        var names: [String] = []
        while let e = readdir(d) {
            let name = withUnsafePointer(to: e.pointee.d_name) { p in
                p.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if !name.hasPrefix(".") { names.append(name) }
        }
        return names.sorted()
    }

    /// Parses a fixture document.
    static func fixture(_ name: String) -> Document {
        let bytes = read(fixtures + "/" + name) ?? []
        let source = (try? SourceText(decoding: bytes)) ?? SourceText("")
        return Parser.parse(source)
    }
}
