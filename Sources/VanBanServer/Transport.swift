#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Splits a byte stream into JSON-RPC message bodies using the LSP base
/// protocol (`Content-Length: N\r\n\r\n` then N bytes).
///
/// Robust to partial reads, several messages per read, stray headers
/// (`Content-Type`, unknown names, bare `\n` line ends, blank lines between
/// messages). A header block without a usable `Content-Length`, or with one
/// above `maxContentLength`, is reported as an error and the framer skips to
/// the next `Content-Length` header, so one bad message never wedges the
/// stream.
public struct MessageFramer: Sendable {
    public enum Event: Sendable, Equatable {
        case message([UInt8])
        case error(String)
    }

    public static let defaultMaxContentLength = 64 << 20
    /// Longest header block accepted before giving up on it.
    static let maxHeaderBytes = 8 << 10

    public let maxContentLength: Int
    private var buffer: [UInt8] = []
    private var start = 0

    public init(maxContentLength: Int = MessageFramer.defaultMaxContentLength) {
        self.maxContentLength = maxContentLength
    }

    /// Bytes received but not yet returned as a message.
    public var pendingByteCount: Int { buffer.count - start }

    public mutating func append(_ bytes: [UInt8]) { buffer.append(contentsOf: bytes) }
    public mutating func append(_ bytes: UnsafeRawBufferPointer) { buffer.append(contentsOf: bytes) }

    /// The next complete message or framing error, or nil when more bytes
    /// are needed.
    public mutating func next() -> Event? {
        // Blank lines between messages are tolerated.
        while start < buffer.count && (buffer[start] == 0x0D || buffer[start] == 0x0A) { start += 1 }
        if start >= buffer.count { compact(); return nil }
        guard let (headerEnd, bodyStart) = findHeaderEnd() else {
            if buffer.count - start > MessageFramer.maxHeaderBytes {
                start = buffer.count - 1
                resync()
                return .error("header block too long or not terminated")
            }
            return nil
        }
        var length: Int?
        var lineStart = start
        while lineStart < headerEnd {
            var lineEnd = lineStart
            while lineEnd < headerEnd && buffer[lineEnd] != 0x0A { lineEnd += 1 }
            var e = lineEnd
            if e > lineStart && buffer[e - 1] == 0x0D { e -= 1 }
            if let v = MessageFramer.contentLength(buffer, lineStart, e) { length = v }
            lineStart = lineEnd + 1
        }
        guard let n = length, n >= 0 else {
            // Search again from inside the bad block: a message cut short by
            // a too-small Content-Length glues its last bytes to the next
            // message's header line, which must not be skipped with it.
            start += 1
            resync()
            return .error("missing or invalid Content-Length header")
        }
        if n > maxContentLength {
            start = bodyStart
            resync()
            return .error("Content-Length \(n) exceeds the limit of \(maxContentLength) bytes")
        }
        if buffer.count - bodyStart < n { return nil }
        let body = Array(buffer[bodyStart..<(bodyStart + n)])
        start = bodyStart + n
        compact()
        return .message(body)
    }

    /// End of the header block (index of the terminating blank line) and
    /// the start of the body.
    private func findHeaderEnd() -> (Int, Int)? {
        var i = start
        let limit = Swift.min(buffer.count, start + MessageFramer.maxHeaderBytes + 4)
        while i < limit {
            if buffer[i] == 0x0A {
                // Blank line follows: "\n\n" or "\n\r\n".
                if i + 1 < buffer.count && buffer[i + 1] == 0x0A { return (i, i + 2) }
                if i + 2 < buffer.count && buffer[i + 1] == 0x0D && buffer[i + 2] == 0x0A { return (i, i + 3) }
            }
            i += 1
        }
        return nil
    }

    /// Parses `Content-Length: 123` (name case-insensitive); nil for other headers.
    private static func contentLength(_ b: [UInt8], _ s: Int, _ e: Int) -> Int?? {
        let name = Array("content-length".utf8)
        guard e - s > name.count else { return nil }
        for k in 0..<name.count {
            var c = b[s + k]
            if c >= 0x41 && c <= 0x5A { c += 0x20 }
            if c != name[k] { return nil }
        }
        var i = s + name.count
        while i < e && (b[i] == 0x20 || b[i] == 0x09) { i += 1 }
        guard i < e, b[i] == UInt8(ascii: ":") else { return nil }
        i += 1
        while i < e && (b[i] == 0x20 || b[i] == 0x09) { i += 1 }
        var v = 0
        var digits = 0
        while i < e && b[i] >= 0x30 && b[i] <= 0x39 {
            if v > (Int.max - 9) / 10 { return .some(nil) }
            v = v * 10 + Int(b[i] - 0x30)
            digits += 1
            i += 1
        }
        while i < e && (b[i] == 0x20 || b[i] == 0x09) { i += 1 }
        if digits == 0 || i != e { return .some(nil) }
        return .some(v)
    }

    /// Skips to the next `Content-Length` header after a framing error.
    private mutating func resync() {
        let name = Array("content-length".utf8)
        var i = start
        while i + name.count <= buffer.count {
            var ok = true
            for k in 0..<name.count {
                var c = buffer[i + k]
                if c >= 0x41 && c <= 0x5A { c += 0x20 }
                if c != name[k] { ok = false; break }
            }
            if ok { start = i; compact(); return }
            i += 1
        }
        // Keep only a tail that might be the start of a header cut by the read.
        var keep = Swift.min(name.count - 1, buffer.count - start)
        while keep > 0 {
            var ok = true
            for k in 0..<keep {
                var c = buffer[buffer.count - keep + k]
                if c >= 0x41 && c <= 0x5A { c += 0x20 }
                if c != name[k] { ok = false; break }
            }
            if ok { break }
            keep -= 1
        }
        start = buffer.count - keep
        compact()
    }

    private mutating func compact() {
        if start >= buffer.count {
            buffer.removeAll(keepingCapacity: buffer.capacity <= 1 << 20)
            start = 0
        } else if start > 1 << 16 && start * 2 > buffer.count {
            buffer.removeSubrange(0..<start)
            start = 0
        }
    }

    /// Frames one message body.
    public static func frame(_ body: [UInt8]) -> [UInt8] {
        var out = Array("Content-Length: \(body.count)\r\n\r\n".utf8)
        out.reserveCapacity(out.count + body.count)
        out.append(contentsOf: body)
        return out
    }
}

/// Raw stdio for the server: `read(2)` and `write(2)`, EINTR-safe.
public enum StdioTransport {
    /// Reads what is available on `fd` (blocking until at least one byte);
    /// nil at end of input or on an error.
    public static func read(fd: Int32, into buffer: inout [UInt8]) -> Int? {
        while true {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            return n > 0 ? n : nil
        }
    }

    /// Waits up to `milliseconds` for input on `fd`; false when none came
    /// (true also on an error or a hang-up, so that `read` reports it).
    public static func waitReadable(fd: Int32, milliseconds: Int32) -> Bool {
        var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        while true {
            let n = poll(&p, 1, milliseconds)
            if n < 0 && errno == EINTR { continue }
            return n != 0
        }
    }

    /// Writes all of `bytes`; false when the other side is gone (EPIPE).
    public static func write(fd: Int32, _ bytes: [UInt8]) -> Bool {
        var off = 0
        while off < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + off, $0.count - off) }
            if n < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                return false
            }
            off += n
        }
        return true
    }
}
