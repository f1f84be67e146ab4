import VanBan
import VanBanLint

/// JSON-RPC and LSP error codes.
public enum ErrorCode {
    public static let parseError = -32700
    public static let invalidRequest = -32600
    public static let methodNotFound = -32601
    public static let invalidParams = -32602
    public static let internalError = -32603
    public static let serverNotInitialized = -32002
    public static let requestCancelled = -32800
}

/// An error answer to a request.
struct ResponseError: Error {
    var code: Int
    var message: String
    static func invalidParams(_ m: String) -> ResponseError { ResponseError(code: ErrorCode.invalidParams, message: m) }
}

/// Reading request parameters; every accessor throws `InvalidParams`
/// instead of trapping on a missing or mistyped member.
enum Params {
    static func object(_ v: JSONValue?, _ what: String = "params") throws(ResponseError) -> JSONValue {
        guard let v, case .object = v else { throw .invalidParams("\(what) must be an object") }
        return v
    }

    static func string(_ v: JSONValue?, _ key: String) throws(ResponseError) -> String {
        guard let s = v?[key]?.stringValue else { throw .invalidParams("missing string '\(key)'") }
        return s
    }

    static func uri(_ params: JSONValue?) throws(ResponseError) -> String {
        let p = try object(params)
        let td = try object(p["textDocument"], "textDocument")
        return try string(td, "uri")
    }

    static func position(_ v: JSONValue?) throws(ResponseError) -> LineColumn {
        let p = try object(v, "position")
        guard let l = p["line"]?.intValue, let c = p["character"]?.intValue, l >= 0, c >= 0 else {
            throw .invalidParams("position needs non-negative integer 'line' and 'character'")
        }
        return LineColumn(line: l, column: c)
    }

    static func range(_ v: JSONValue?) throws(ResponseError) -> (LineColumn, LineColumn) {
        let r = try object(v, "range")
        return (try position(r["start"]), try position(r["end"]))
    }
}

/// Converts between byte ranges and LSP positions in the negotiated unit.
struct PositionMapper {
    let source: SourceText
    let unit: ColumnUnit

    func offset(_ p: LineColumn) -> Int { source.offset(of: p, unit: unit) }

    /// An offset a client may be given: LSP positions point neither inside
    /// a character nor between the CR and LF of a line end, so such an
    /// offset moves back to the character's start or to the CR.
    func clientOffset(_ offset: Int) -> Int {
        let o = source.scalarBoundary(atOrBefore: offset)
        let b = source.bytes
        return o > 0 && o < b.count && b[o] == 0x0A && b[o - 1] == 0x0D ? o - 1 : o
    }

    func writePosition(_ offset: Int, into w: inout JSONWriter) {
        let p = source.position(of: clientOffset(offset), unit: unit)
        w.rawJSON { b in
            JSONRun.append(to: &b, capacity: 64) { r in
                r.put(#"{"line":"#); r.int(p.line)
                r.put(#","character":"#); r.int(p.column)
                r.put("}")
            }
        }
    }

    /// `{"start":{"line":…,"character":…},"end":{…}}`, written in one run
    /// (a diagnostic has two or more ranges; member by member through the
    /// writer this was most of the cost of publishing diagnostics).
    func writeRange(_ r: TextRange, into w: inout JSONWriter) {
        w.rawJSON { b in JSONRun.append(to: &b, capacity: JSONRun.rangeCapacity) { run in writeRange(r, into: &run) } }
    }

    func writeRange(_ r: TextRange, into run: inout JSONRun) {
        let (s, e) = positions(r)
        run.put(#"{"start":{"line":"#); run.int(s.line)
        run.put(#","character":"#); run.int(s.column)
        run.put(#"},"end":{"line":"#); run.int(e.line)
        run.put(#","character":"#); run.int(e.column)
        run.put("}}")
    }

    /// The positions of a range's ends (at client offsets). An end on the
    /// start's line (most ranges) is counted on from the start: no second
    /// search for its line, no count from the line's start.
    func positions(_ r: TextRange) -> (LineColumn, LineColumn) {
        let cs = clientOffset(r.start)
        let s = source.position(of: cs, unit: unit)
        if r.end == r.start { return (s, s) }
        let ce = clientOffset(r.end)
        let lineEnd = s.line + 1 < source.lineCount ? source.lineStarts[s.line + 1] : Int.max
        guard ce >= cs && ce < lineEnd && ce - cs <= 256 else { return (s, source.position(of: ce, unit: unit)) }
        var column = s.column
        switch unit {
        case .utf8: column += ce - cs
        case .utf16, .scalar:
            let b = source.bytes, wide = unit == .utf16
            for k in cs..<ce {
                let c = b[k]
                if c & 0xC0 != 0x80 { column += wide && c & 0xF8 == 0xF0 ? 2 : 1 }
            }
        }
        return (s, LineColumn(line: s.line, column: column))
    }

    /// Byte range of an LSP range (start and end swapped if reversed).
    func byteRange(_ r: (LineColumn, LineColumn)) -> TextRange {
        let a = offset(r.0), b = offset(r.1)
        return TextRange(Swift.min(a, b), Swift.max(a, b))
    }
}

/// A short run of JSON text (fixed fragments and numbers) written into a
/// stack buffer and appended to the output at once: appending each piece
/// to the array on its own cost more than the rest of writing a
/// diagnostic.
struct JSONRun {
    /// Room for a range: four numbers and the fixed text around them.
    static let rangeCapacity = 160

    private let base: UnsafeMutablePointer<UInt8>
    private let capacity: Int
    private(set) var count = 0

    /// Calls `fill` with a run of at most `capacity` bytes, then appends the run to `bytes`.
    static func append(to bytes: inout [UInt8], capacity: Int, _ fill: (inout JSONRun) -> Void) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buf in
            var run = JSONRun(base: buf.baseAddress!, capacity: capacity)
            fill(&run)
            bytes.append(contentsOf: UnsafeBufferPointer(start: buf.baseAddress, count: run.count))
        }
    }

    private init(base: UnsafeMutablePointer<UInt8>, capacity: Int) { self.base = base; self.capacity = capacity }

    /// Appends fixed ASCII text.
    @inline(__always)
    mutating func put(_ s: StaticString) {
        let n = s.utf8CodeUnitCount
        precondition(count + n <= capacity, "JSON run overflow")
        (base + count).update(from: s.utf8Start, count: n)
        count += n
    }

    /// Appends the decimal digits of `v`.
    @inline(__always)
    mutating func int(_ v: Int) {
        precondition(count + 21 <= capacity, "JSON run overflow")
        if v < 0 { base[count] = UInt8(ascii: "-"); count += 1 }
        var m = v.magnitude
        var digits = 1
        var t = m
        while t >= 10 { t /= 10; digits += 1 }
        var k = count + digits
        count = k
        repeat {
            k -= 1
            base[k] = UInt8(truncatingIfNeeded: m % 10) &+ 0x30
            m /= 10
        } while m > 0
    }
}

/// One minimal edit turning `old` into `new` (common prefix and suffix
/// kept; cut points on scalar boundaries).
func minimalEdit(from old: SourceText, to new: [UInt8]) -> (TextRange, String)? {
    minimalEdit(old.bytes[...], new[...], base: 0)
}

/// `minimalEdit` between two slices of texts; ranges offset by `base` (the
/// slice of `a` starts at `base` in the old text).
private func minimalEdit(_ a: ArraySlice<UInt8>, _ b: ArraySlice<UInt8>, base: Int) -> (TextRange, String)? {
    if a.elementsEqual(b) { return nil }
    let a = Array(a), b = Array(b)
    let limit = Swift.min(a.count, b.count)
    var p = 0
    while p < limit && a[p] == b[p] { p += 1 }
    var s = 0
    while s < limit - p && a[a.count - 1 - s] == b[b.count - 1 - s] { s += 1 }
    // Snap the cut points to scalar starts (bytes shared by both texts).
    while p > 0 && p < a.count && a[p] & 0xC0 == 0x80 { p -= 1 }
    while s > 0 && a[a.count - s] & 0xC0 == 0x80 { s -= 1 }
    let replacement = String(decoding: b[p..<(b.count - s)], as: UTF8.self)
    return (TextRange(base + p, base + a.count - s), replacement)
}

/// The line starts of a text (LF, CRLF and CR end a line), as `SourceText`
/// counts them.
private func lineStarts(_ b: [UInt8]) -> [Int] {
    var out = [0]
    var i = 0
    while i < b.count {
        if b[i] == 0x0A || (b[i] == 0x0D && !(i + 1 < b.count && b[i + 1] == 0x0A)) { out.append(i + 1) }
        i += 1
    }
    return out
}

/// Edits turning `old` into `new`, one per changed line where the lines
/// still pair up (fixes seldom add or remove lines), so that an editor
/// keeps its cursor and marks on the untouched text; one edit over the
/// changed middle otherwise. All ranges are in `old`, not overlapping, in
/// order (LSP `TextEdit[]`).
func minimalEdits(from old: SourceText, to new: [UInt8]) -> [(TextRange, String)] {
    let a = old.bytes
    if a == new { return [] }
    let la = lineStarts(a), lb = lineStarts(new)
    func line(_ starts: [Int], _ text: [UInt8], _ k: Int) -> ArraySlice<UInt8> {
        text[starts[k]..<(k + 1 < starts.count ? starts[k + 1] : text.count)]
    }
    // Lines equal at both ends, then the middle.
    var top = 0
    while top < la.count && top < lb.count && line(la, a, top).elementsEqual(line(lb, new, top)) { top += 1 }
    var bottom = 0
    while bottom < la.count - top && bottom < lb.count - top
            && line(la, a, la.count - 1 - bottom).elementsEqual(line(lb, new, lb.count - 1 - bottom)) { bottom += 1 }
    let (ma, mb) = (la.count - top - bottom, lb.count - top - bottom)
    guard ma == mb else {
        let start = top < la.count ? la[top] : a.count, end = la.count - bottom < la.count ? la[la.count - bottom] : a.count
        let nstart = top < lb.count ? lb[top] : new.count, nend = lb.count - bottom < lb.count ? lb[lb.count - bottom] : new.count
        return minimalEdit(a[start..<end], new[nstart..<nend], base: start).map { [$0] } ?? []
    }
    var out: [(TextRange, String)] = []
    for k in top..<(top + ma) {
        if let e = minimalEdit(line(la, a, k), line(lb, new, k), base: la[k]) { out.append(e) }
    }
    return out
}

extension Severity {
    /// LSP `DiagnosticSeverity`.
    var lspValue: Int {
        switch self {
        case .error: return 1
        case .warning: return 2
        case .info: return 3
        case .hint: return 4
        }
    }
}

extension DiagnosticTag {
    /// LSP `DiagnosticTag`.
    var lspValue: Int { self == .unnecessary ? 1 : 2 }
}
