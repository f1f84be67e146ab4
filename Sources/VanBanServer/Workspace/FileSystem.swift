#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import VanBan
import VanBanLint

/// `file://` URIs and paths.
public enum FileURI {
    /// A `file://` URI for an absolute path, percent-encoded (a relative
    /// path gives a relative URI reference).
    public static func uri(_ path: String) -> String {
        var out = path.hasPrefix("/") ? "file://" : ""
        let hex = Array("0123456789ABCDEF".unicodeScalars)
        for b in path.utf8 {
            switch b {
            case 0x41...0x5A, 0x61...0x7A, 0x30...0x39, UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.unicodeScalars.append(Unicode.Scalar(b))
            default:
                out += "%"; out.unicodeScalars.append(hex[Int(b >> 4)]); out.unicodeScalars.append(hex[Int(b & 0xF)])
            }
        }
        return out
    }

    /// The path of a `file:` URI (percent-decoded), nil for other schemes.
    public static func path(_ uri: String) -> String? {
        var s = Substring(uri)
        guard s.lowercased().hasPrefix("file:") else { return nil }
        s = s.dropFirst(5)
        if s.hasPrefix("//") {
            s = s.dropFirst(2)
            // An authority (`localhost`) before the path.
            guard let slash = s.firstIndex(of: "/") else { return nil }
            s = s[slash...]
        }
        var out: [UInt8] = []
        let b = Array(s.utf8)
        var i = 0
        while i < b.count {
            if b[i] == UInt8(ascii: "%"), i + 2 < b.count, let h = hexValue(b[i + 1]), let l = hexValue(b[i + 2]) {
                out.append(h << 4 | l)
                i += 3
            } else {
                out.append(b[i])
                i += 1
            }
        }
        let p = String(decoding: out, as: UTF8.self)
        return p.hasPrefix("/") ? p : nil
    }

    private static func hexValue(_ c: UInt8) -> UInt8? {
        switch c {
        case 0x30...0x39: return c - 0x30
        case 0x41...0x46: return c - 0x41 + 10
        case 0x61...0x66: return c - 0x61 + 10
        default: return nil
        }
    }
}

/// The little the server reads from disk: configuration files, catalogs and
/// drafts of the workspace folders (never an open document: the editor's
/// buffer is the truth for those).
struct DiskFileSystem: ConfigFileSystem {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Size and modification time (nanoseconds) of a regular file.
    struct Stamp: Equatable {
        var size: Int
        var mtime: Int
    }

    func fileExists(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0
    }

    func stamp(_ path: String) -> Stamp? {
        var st = stat()
        guard stat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Stamp(size: Int(st.st_size), mtime: Int(st.st_mtim.tv_sec) &* 1_000_000_000 &+ Int(st.st_mtim.tv_nsec))
    }

    func readFile(_ path: String, maxBytes: Int) throws -> [UInt8] {
        let fd = open(path, O_RDONLY)
        if fd < 0 { throw Failure(description: String(cString: strerror(errno))) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { throw Failure(description: "not a regular file") }
        if Int(st.st_size) > maxBytes { throw Failure(description: "larger than \(maxBytes) bytes") }
        var out = [UInt8](repeating: 0, count: Int(st.st_size))
        var got = 0
        while got < out.count {
            let n = out.withUnsafeMutableBytes { read(fd, $0.baseAddress! + got, $0.count - got) }
            if n < 0 { if errno == EINTR { continue }; throw Failure(description: String(cString: strerror(errno))) }
            if n == 0 { break }
            got += n
        }
        if got < out.count { out.removeSubrange(got...) }
        return out
    }

    /// Entries of a folder (names, with whether each is a folder), hidden
    /// ones left out; symbolic links are not followed into folders.
    func list(_ dir: String) -> [(name: String, isDirectory: Bool)] {
        guard let d = opendir(dir) else { return [] }
        defer { closedir(d) }
        var out: [(String, Bool)] = []
        while let e = readdir(d) {
            let name = withUnsafeBytes(of: e.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name.hasPrefix(".") { continue }
            var isDir = e.pointee.d_type == UInt8(DT_DIR)
            if e.pointee.d_type == UInt8(DT_UNKNOWN) {
                var st = stat()
                isDir = lstat(PathNames.join(dir, name), &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
            }
            out.append((name, isDir))
        }
        return out.sorted { $0.0 < $1.0 }
    }
}
