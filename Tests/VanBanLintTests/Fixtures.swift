#if canImport(Glibc)
import Glibc
#endif
import VanBan

/// Reads the repository's own fixtures (`Tests/Fixtures/…`) and, when
/// present, `../shared` beside the clone.
enum Fixtures {
    static let root: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        parts.removeLast(2)
        return parts.joined(separator: "/") + "/Fixtures"
    }()

    static let shared: String? = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        parts.removeLast(3)
        let p = parts.joined(separator: "/") + "/../shared"
        var st = stat()
        guard stat(p + "/corpus/real", &st) == 0 else {
            // Said once, for every test that reads the corpus when it is there.
            print("VanBanLintTests: ../shared absent; the fast-path and corpus checks ran on the repository's fixtures only")
            return nil
        }
        return p
    }()

    static func read(_ path: String) -> [UInt8]? {
        guard let f = fopen(path, "rb") else { return nil }
        defer { fclose(f) }
        var out: [UInt8] = []
        var buf = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = fread(&buf, 1, buf.count, f)
            if n <= 0 { break }
            out.append(contentsOf: buf[0..<n])
        }
        return out
    }

    static func text(_ relative: String) -> String? {
        read(root + "/" + relative).map { String(decoding: $0, as: UTF8.self) }
    }

    static func list(_ dir: String) -> [String] {
        guard let d = opendir(dir) else { return [] }
        defer { closedir(d) }
        var names: [String] = []
        while let e = readdir(d) {
            let name = withUnsafePointer(to: e.pointee.d_name) { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
            if !name.hasPrefix(".") { names.append(name) }
        }
        return names.sorted()
    }
}
