#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import VanBan
import VanBanLint

/// Raw POSIX I/O for the CLI: no Foundation on the start-up path.
enum IO {
    enum ReadError: Error, CustomStringConvertible {
        case cannotOpen(String, Int32)
        case isDirectory(String)
        case tooLarge(String, Int)
        var text: LocalizedText {
            switch self {
            case .cannotOpen(let p, let e):
                let m = String(cString: strerror(e))
                return LocalizedText(vi: "\(p): không mở được (\(m))", en: "\(p): cannot open (\(m))")
            case .isDirectory(let p): return LocalizedText(vi: "\(p): là thư mục, không phải tệp", en: "\(p): is a directory, not a file")
            case .tooLarge(let p, let n):
                return LocalizedText(vi: "\(p): tệp quá lớn (\(n) byte), bỏ qua; xem --max-file-size",
                                     en: "\(p): file too large (\(n) bytes), skipped; see --max-file-size")
            }
        }
        var description: String {
            switch self {
            case .cannotOpen(let p, let e): return "\(p): cannot open (\(String(cString: strerror(e))))"
            case .isDirectory(let p): return "\(p): is a directory"
            case .tooLarge(let p, let n): return "\(p): file too large (\(n) bytes)"
            }
        }
    }

    static func readFile(_ path: String, maxBytes: Int = Int.max) throws -> [UInt8] {
        if path == "-" { return readAll(fd: 0) }
        let fd = open(path, O_RDONLY)
        if fd < 0 { throw ReadError.cannotOpen(path, errno) }
        defer { close(fd) }
        var st = stat()
        if fstat(fd, &st) == 0 {
            if (st.st_mode & S_IFMT) == S_IFDIR { throw ReadError.isDirectory(path) }
            if Int(st.st_size) > maxBytes { throw ReadError.tooLarge(path, Int(st.st_size)) }
        }
        return readAll(fd: fd)
    }

    static func readAll(fd: Int32) -> [UInt8] {
        var out: [UInt8] = []
        var buf = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buf.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 { if errno == EINTR { continue }; break }
            if n == 0 { break }
            out.append(contentsOf: buf[0..<n])
        }
        return out
    }

    static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }

    enum WriteError: Error {
        case changedSinceRead
        case failed(String, Int32)
        var text: LocalizedText {
            switch self {
            case .changedSinceRead:
                return LocalizedText(vi: "tệp đã thay đổi kể từ khi đọc; không ghi đè", en: "the file changed since it was read; not overwritten")
            case .failed(let what, let e):
                let msg = String(cString: strerror(e))
                return LocalizedText(vi: "không ghi được (\(what): \(msg))", en: "cannot write (\(what): \(msg))")
            }
        }
    }

    /// Replaces a file's content atomically: a temporary file in the same
    /// folder with the original's permissions, then `rename`. Refuses when
    /// the file on disk no longer holds `expected` (it changed since it was
    /// read). A symlink is followed: its target is replaced.
    static func replaceFile(_ path: String, expected: [UInt8], with bytes: [UInt8]) throws(WriteError) {
        var target = path
        if let r = realpath(path, nil) { target = String(cString: r); free(r) }
        var st = stat()
        guard stat(target, &st) == 0 else { throw .failed("stat", errno) }
        let current: [UInt8]
        do { current = try readFile(target) } catch { throw .changedSinceRead }
        guard current == expected else { throw .changedSinceRead }
        let dir: String
        if let slash = target.lastIndex(of: "/") { dir = slash == target.startIndex ? "/" : String(target[..<slash]) } else { dir = "." }
        let base = target.split(separator: "/").last.map(String.init) ?? "file"
        var template = Array((dir + "/." + base + ".vblint-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw .failed("mkstemp", errno) }
        let tmp = String(cString: template.map { $0 })
        var ok = false
        defer { if !ok { unlink(tmp) } }
        _ = fchmod(fd, st.st_mode & 0o7777)
        if getuid() == 0 { _ = fchown(fd, st.st_uid, st.st_gid) }
        var off = 0
        while off < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + off, $0.count - off) }
            if n < 0 { if errno == EINTR { continue }; let e = errno; close(fd); throw .failed("write", e) }
            off += n
        }
        if fsync(fd) != 0 { let e = errno; close(fd); throw .failed("fsync", e) }
        close(fd)
        // Last check, as close to the rename as possible.
        if let again = try? readFile(target), again != expected { throw .changedSinceRead }
        guard rename(tmp, target) == 0 else { throw .failed("rename", errno) }
        ok = true
    }

    static func isDirectory(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    /// Buffered output to a file descriptor, flushed explicitly.
    final class Output {
        let fd: Int32
        var buffer: [UInt8] = []
        init(fd: Int32) { self.fd = fd; buffer.reserveCapacity(1 << 16) }
        func write(_ s: String) { buffer.append(contentsOf: s.utf8); if buffer.count > 1 << 16 { flush() } }
        func write(_ b: [UInt8]) { buffer.append(contentsOf: b); if buffer.count > 1 << 16 { flush() } }
        func line(_ s: String) { write(s); buffer.append(0x0A) }
        func flush() {
            var off = 0
            while off < buffer.count {
                let n = buffer.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + off, $0.count - off) }
                if n < 0 { if errno == EINTR { continue }; break }
                off += n
            }
            buffer.removeAll(keepingCapacity: true)
        }
    }

    nonisolated(unsafe) static let stdout = Output(fd: 1)
    nonisolated(unsafe) static let stderr = Output(fd: 2)

    static func monotonicNanos() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
    }
}
