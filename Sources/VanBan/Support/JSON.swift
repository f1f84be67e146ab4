/// A small JSON value, parser and byte writer, so that no layer needs
/// Foundation for JSON (swift-notes.md: a hand writer is ~30× faster than
/// JSONEncoder, and JSONSerialization is slow on Linux).
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (a: JSONValue, b: JSONValue) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case let (.bool(x), .bool(y)): return x == y
        case let (.number(x), .number(y)): return x == y
        case let (.string(x), .string(y)): return x == y
        case let (.array(x), .array(y)): return x == y
        case let (.object(x), .object(y)):
            return x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }

    public subscript(key: String) -> JSONValue? {
        if case .object(let members) = self {
            for (k, v) in members where k == key { return v }
        }
        return nil
    }

    public subscript(index: Int) -> JSONValue? {
        if case .array(let a) = self, index >= 0, index < a.count { return a[index] }
        return nil
    }

    public var stringValue: String? { if case .string(let s) = self { return s }; return nil }
    public var boolValue: Bool? { if case .bool(let b) = self { return b }; return nil }
    public var doubleValue: Double? { if case .number(let d) = self { return d }; return nil }
    public var intValue: Int? {
        if case .number(let d) = self, d.rounded() == d, abs(d) < 9.0e15 { return Int(d) }
        return nil
    }
    public var arrayValue: [JSONValue]? { if case .array(let a) = self { return a }; return nil }
    public var objectValue: [(String, JSONValue)]? { if case .object(let o) = self { return o }; return nil }
    public var isNull: Bool { if case .null = self { return true }; return false }

    /// Serialises compactly.
    public func serialized() -> [UInt8] {
        var w = JSONWriter()
        w.value(self)
        return w.bytes
    }
}

public struct JSONParseError: Error, Sendable, CustomStringConvertible {
    public var offset: Int
    public var message: String
    public var description: String { "\(message) at byte \(offset)" }
}

/// A strict RFC 8259 parser over UTF-8 bytes, with a nesting limit so that
/// hostile input cannot overflow the stack.
public struct JSONParser {
    private let b: [UInt8]
    private var i = 0
    private let maxDepth = 512

    public static func parse(_ bytes: [UInt8]) throws(JSONParseError) -> JSONValue {
        var p = JSONParser(b: bytes)
        p.skipWS()
        let v = try p.parseValue(depth: 0)
        p.skipWS()
        if p.i != bytes.count { throw JSONParseError(offset: p.i, message: "trailing characters after JSON value") }
        return v
    }

    public static func parse(_ string: String) throws(JSONParseError) -> JSONValue { try parse(Array(string.utf8)) }

    private init(b: [UInt8]) { self.b = b }

    private mutating func skipWS() {
        while i < b.count, b[i] == 0x20 || b[i] == 0x0A || b[i] == 0x0D || b[i] == 0x09 { i += 1 }
    }

    private func fail(_ m: String) -> JSONParseError { JSONParseError(offset: i, message: m) }

    private mutating func parseValue(depth: Int) throws(JSONParseError) -> JSONValue {
        guard depth < maxDepth else { throw fail("nesting too deep") }
        guard i < b.count else { throw fail("unexpected end of input") }
        switch b[i] {
        case UInt8(ascii: "{"):
            i += 1
            var members: [(String, JSONValue)] = []
            skipWS()
            if i < b.count && b[i] == UInt8(ascii: "}") { i += 1; return .object(members) }
            while true {
                skipWS()
                guard i < b.count, b[i] == UInt8(ascii: "\"") else { throw fail("expected a string key") }
                let k = try parseString()
                skipWS()
                guard i < b.count, b[i] == UInt8(ascii: ":") else { throw fail("expected ':'") }
                i += 1
                skipWS()
                let v = try parseValue(depth: depth + 1)
                members.append((k, v))
                skipWS()
                guard i < b.count else { throw fail("unexpected end of input in object") }
                if b[i] == UInt8(ascii: ",") { i += 1; continue }
                if b[i] == UInt8(ascii: "}") { i += 1; return .object(members) }
                throw fail("expected ',' or '}'")
            }
        case UInt8(ascii: "["):
            i += 1
            var items: [JSONValue] = []
            skipWS()
            if i < b.count && b[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
            while true {
                skipWS()
                items.append(try parseValue(depth: depth + 1))
                skipWS()
                guard i < b.count else { throw fail("unexpected end of input in array") }
                if b[i] == UInt8(ascii: ",") { i += 1; continue }
                if b[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
                throw fail("expected ',' or ']'")
            }
        case UInt8(ascii: "\""):
            return .string(try parseString())
        case UInt8(ascii: "t"):
            try literal("true"); return .bool(true)
        case UInt8(ascii: "f"):
            try literal("false"); return .bool(false)
        case UInt8(ascii: "n"):
            try literal("null"); return .null
        default:
            return .number(try parseNumber())
        }
    }

    private mutating func literal(_ s: StaticString) throws(JSONParseError) {
        let n = s.utf8CodeUnitCount
        guard i + n <= b.count else { throw fail("invalid literal") }
        let p = s.utf8Start
        for k in 0..<n where b[i + k] != p[k] { throw fail("invalid literal") }
        i += n
    }

    private mutating func parseNumber() throws(JSONParseError) -> Double {
        let start = i
        if i < b.count && b[i] == UInt8(ascii: "-") { i += 1 }
        guard i < b.count, b[i] >= 0x30 && b[i] <= 0x39 else { throw fail("invalid value") }
        if b[i] == 0x30 { i += 1 } else { while i < b.count && b[i] >= 0x30 && b[i] <= 0x39 { i += 1 } }
        if i < b.count && b[i] == UInt8(ascii: ".") {
            i += 1
            guard i < b.count, b[i] >= 0x30 && b[i] <= 0x39 else { throw fail("invalid number") }
            while i < b.count && b[i] >= 0x30 && b[i] <= 0x39 { i += 1 }
        }
        if i < b.count && (b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E")) {
            i += 1
            if i < b.count && (b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-")) { i += 1 }
            guard i < b.count, b[i] >= 0x30 && b[i] <= 0x39 else { throw fail("invalid number") }
            while i < b.count && b[i] >= 0x30 && b[i] <= 0x39 { i += 1 }
        }
        guard let d = Double(String(decoding: b[start..<i], as: UTF8.self)) else { throw fail("invalid number") }
        return d
    }

    private mutating func hex4() throws(JSONParseError) -> UInt32 {
        guard i + 4 <= b.count else { throw fail("truncated \\u escape") }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let c = b[i]
            let d: UInt32
            switch c {
            case 0x30...0x39: d = UInt32(c - 0x30)
            case 0x41...0x46: d = UInt32(c - 0x41 + 10)
            case 0x61...0x66: d = UInt32(c - 0x61 + 10)
            default: throw fail("invalid \\u escape")
            }
            v = v << 4 | d
            i += 1
        }
        return v
    }

    /// The first offset at or after `from` holding `"`, `\\` or a control
    /// character (or the end), sixteen bytes at a time: a document's text
    /// in `didOpen` is a megabyte of such plain bytes.
    private func plainRunEnd(from: Int) -> Int {
        b.withUnsafeBufferPointer { p in
            var k = from
            let n = p.count
            if let raw = UnsafeRawPointer(p.baseAddress) {
                let quote = SIMD16<UInt8>(repeating: 0x22), backslash = SIMD16<UInt8>(repeating: 0x5C)
                let controlBits = SIMD16<UInt8>(repeating: 0xE0), zero = SIMD16<UInt8>(repeating: 0)
                while k + 16 <= n {
                    let v = raw.loadUnaligned(fromByteOffset: k, as: SIMD16<UInt8>.self)
                    if ByteScan.any((v .== quote) .| (v .== backslash) .| ((v & controlBits) .== zero)) { break }
                    k += 16
                }
            }
            while k < n, p[k] != 0x22, p[k] != 0x5C, p[k] >= 0x20 { k += 1 }
            return k
        }
    }

    /// `String(validating: p, as: UTF8.self)`, without its unspecialised
    /// generic path (two metadata look-ups a string, ~1,100 instructions:
    /// most of the cost of parsing the built-in catalog). The repairing
    /// decoder is specialised for a UTF-8 buffer, and it changes the bytes
    /// exactly when they are not valid UTF-8.
    static func validString(_ p: UnsafeBufferPointer<UInt8>) -> String? {
        let s = String(decoding: p, as: UTF8.self)
        return Bytes.equal(p, s) ? s : nil
    }

    private mutating func parseString() throws(JSONParseError) -> String {
        i += 1  // opening quote
        var out: [UInt8] = []
        let start = i
        // Fast path: no escapes.
        while i < b.count {
            i = plainRunEnd(from: i)
            guard i < b.count else { break }
            let c = b[i]
            if c == UInt8(ascii: "\"") {
                let end = i
                i += 1
                guard let str = b.withUnsafeBufferPointer({ JSONParser.validString(UnsafeBufferPointer(rebasing: $0[start..<end])) }) else {
                    throw fail("invalid UTF-8 in string")
                }
                return str
            }
            if c == UInt8(ascii: "\\") || c < 0x20 { break }
            i += 1
        }
        out.append(contentsOf: b[start..<i])
        while i < b.count {
            let run = plainRunEnd(from: i)
            if run > i { out.append(contentsOf: b[i..<run]); i = run; continue }
            let c = b[i]
            if c == UInt8(ascii: "\"") {
                i += 1
                guard let str = out.withUnsafeBufferPointer({ JSONParser.validString($0) }) else { throw fail("invalid UTF-8 in string") }
                return str
            }
            if c < 0x20 { throw fail("control character in string") }
            if c == UInt8(ascii: "\\") {
                i += 1
                guard i < b.count else { break }
                let e = b[i]
                i += 1
                switch e {
                case UInt8(ascii: "\""): out.append(0x22)
                case UInt8(ascii: "\\"): out.append(0x5C)
                case UInt8(ascii: "/"): out.append(0x2F)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    var v = try hex4()
                    if v >= 0xD800 && v <= 0xDBFF {
                        if i + 6 <= b.count && b[i] == UInt8(ascii: "\\") && b[i + 1] == UInt8(ascii: "u") {
                            i += 2
                            let lo = try hex4()
                            if lo >= 0xDC00 && lo <= 0xDFFF {
                                v = 0x10000 + ((v - 0xD800) << 10) + (lo - 0xDC00)
                            } else { v = 0xFFFD }
                        } else { v = 0xFFFD }
                    } else if v >= 0xDC00 && v <= 0xDFFF { v = 0xFFFD }
                    SourceDecoder.appendUTF8(v, to: &out)
                default: throw fail("invalid escape")
                }
                continue
            }
            out.append(c)
            i += 1
        }
        throw fail("unterminated string")
    }
}

/// Appends JSON to a byte buffer. No Foundation, no intermediate strings.
public struct JSONWriter {
    public var bytes: [UInt8] = []
    /// Whether the next value at the current depth needs a comma first.
    @usableFromInline var needComma = false
    /// `needComma` of each enclosing object or array.
    private var outerNeedComma: [Bool] = []

    public init(capacity: Int = 256) { bytes.reserveCapacity(capacity) }

    @inlinable @inline(__always)
    mutating func sep() {
        if needComma { bytes.append(UInt8(ascii: ",")) }
        needComma = true
    }

    public mutating func beginObject() { sep(); bytes.append(UInt8(ascii: "{")); outerNeedComma.append(needComma); needComma = false }
    public mutating func endObject() { needComma = outerNeedComma.removeLast(); bytes.append(UInt8(ascii: "}")) }
    public mutating func beginArray() { sep(); bytes.append(UInt8(ascii: "[")); outerNeedComma.append(needComma); needComma = false }
    public mutating func endArray() { needComma = outerNeedComma.removeLast(); bytes.append(UInt8(ascii: "]")) }

    /// Writes `"key":` and leaves the value to the next call.
    public mutating func key(_ k: String) {
        sep()
        writeString(k)
        bytes.append(UInt8(ascii: ":"))
        needComma = false
    }

    public mutating func string(_ s: String) { sep(); writeString(s) }
    public mutating func string(_ s: String?) { if let s { string(s) } else { null() } }
    public mutating func int(_ v: Int) {
        sep()
        JSONWriter.appendInt(v, to: &bytes)
    }

    /// Appends the decimal digits of `v`. Digits are made in a stack buffer
    /// and appended at once, no String (positions are most of a
    /// diagnostic's numbers).
    public static func appendInt(_ v: Int, to bytes: inout [UInt8]) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { buf in
            var m = v.magnitude
            var k = 20
            repeat {
                k -= 1
                buf[k] = UInt8(truncatingIfNeeded: m % 10) + 0x30
                m /= 10
            } while m > 0
            if v < 0 { bytes.append(UInt8(ascii: "-")) }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buf[k..<20]))
        }
    }

    /// Writes JSON text that `fill` appends to `bytes` itself, for hot
    /// paths that write fixed runs at once (LSP ranges and diagnostics):
    /// either one complete value (in an array, or after `key`) or one or
    /// more complete members (`"a":1,"b":2`) of the object being written.
    /// A comma comes first when the position needs one.
    @inlinable
    public mutating func rawJSON(_ fill: (inout [UInt8]) -> Void) {
        sep()
        fill(&bytes)
    }

    public mutating func int(_ v: Int?) { if let v { int(v) } else { null() } }
    public mutating func double(_ v: Double) {
        sep()
        if v.rounded() == v && abs(v) < 1e15 { bytes.append(contentsOf: String(Int(v)).utf8) } else { bytes.append(contentsOf: String(v).utf8) }
    }
    public mutating func bool(_ v: Bool) { sep(); bytes.append(contentsOf: (v ? "true" : "false").utf8) }
    public mutating func null() { sep(); bytes.append(contentsOf: "null".utf8) }
    /// Inserts pre-serialised JSON.
    public mutating func raw(_ json: [UInt8]) { sep(); bytes.append(contentsOf: json) }

    public mutating func value(_ v: JSONValue) {
        switch v {
        case .null: null()
        case .bool(let b): bool(b)
        case .number(let d): double(d)
        case .string(let s): string(s)
        case .array(let a):
            beginArray(); for x in a { value(x) }; endArray()
        case .object(let o):
            beginObject(); for (k, x) in o { key(k); value(x) }; endObject()
        }
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    private mutating func writeString(_ s: String) {
        JSONWriter.appendString(s, to: &bytes)
    }

    /// Appends `s` as a JSON string (quotes and escapes) to `bytes`.
    public static func appendString(_ s: String, to bytes: inout [UInt8]) {
        if s.utf8.withContiguousStorageIfAvailable({ appendString(utf8: $0, to: &bytes) }) != nil { return }
        var s = s
        s.withUTF8 { appendString(utf8: $0, to: &bytes) }
    }

    /// `appendString` of UTF-8 bytes. Runs that need no escape are found
    /// eight bytes at a time and copied at once (a diagnostic's message is
    /// a hundred bytes or more, often with a quote in it).
    static func appendString(utf8 p: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        if let base = p.baseAddress {
            let raw = UnsafeRawPointer(base), n = p.count
            var i = 0, run = 0
            while i < n {
                if i + 8 <= n {
                    let w = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                    let lanes = ByteScan.eq(w, 0x22) | ByteScan.eq(w, 0x5C) | ByteScan.less(w, 0x20)
                    if lanes == 0 { i += 8; continue }
                    i += lanes.trailingZeroBitCount >> 3
                } else {
                    let c = base[i]
                    if c >= 0x20 && c != 0x22 && c != 0x5C { i += 1; continue }
                }
                // `base[i]` needs an escape.
                if i > run { bytes.append(contentsOf: UnsafeBufferPointer(start: base + run, count: i - run)) }
                let c = base[i]
                switch c {
                case 0x22: bytes.append(0x5C); bytes.append(0x22)
                case 0x5C: bytes.append(0x5C); bytes.append(0x5C)
                case 0x0A: bytes.append(0x5C); bytes.append(UInt8(ascii: "n"))
                case 0x0D: bytes.append(0x5C); bytes.append(UInt8(ascii: "r"))
                case 0x09: bytes.append(0x5C); bytes.append(UInt8(ascii: "t"))
                default:
                    bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30])
                    bytes.append(JSONWriter.hexDigits[Int(c >> 4)])
                    bytes.append(JSONWriter.hexDigits[Int(c & 0xF)])
                }
                i += 1
                run = i
            }
            if n > run { bytes.append(contentsOf: UnsafeBufferPointer(start: base + run, count: n - run)) }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
