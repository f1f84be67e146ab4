#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import VanBan

/// Raw POSIX I/O for the CLI: no Foundation on the start-up path.
enum IO {
    enum ReadError: Error, CustomStringConvertible {
        case cannotOpen(String, Int32)
        case isDirectory(String)
        case tooLarge(String, Int)
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
