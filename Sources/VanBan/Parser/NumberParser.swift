/// Splits a document number/symbol into its parts (rules.md,
/// Accepts what drafters type, spaces included; rules
/// judge the form.
public enum NumberParser {
    /// Type codes that may open a symbol: Table A of both regimes, the
    /// normative codes, copy codes, and common misspellings (`ND`, `QD`) so
    /// that rules can name them.
    public static let typeCodes: Set<String> = {
        var s = Set(DocumentTypes.kindByCode.keys)
        s.formUnion(DocumentTypes.copyCodes)
        s.formUnion(["NĐ", "NQ", "QĐ", "TT", "TTLT", "NQLT", "CT", "L", "PL", "ND", "QD", "TTLT", "HD", "CV"])
        return s
    }()

    /// `typeCodes` written in ASCII letters and `Đ`/`đ` only, as bytes, by
    /// byte length: for such a part, `typeCodes.contains` is a byte
    /// comparison (none of these characters composes or decomposes), made
    /// without building and hashing a `String`.
    static let typeCodeBytes: [[[UInt8]]] = {
        var t: [[[UInt8]]] = []
        for code in typeCodes {
            let b = Array(code.utf8)
            guard isPlainCode(b[...]) else { continue }
            while t.count <= b.count { t.append([]) }
            t[b.count].append(b)
        }
        return t
    }()

    /// Whether every character of `b` is an ASCII character or `Đ`/`đ`.
    @inline(__always)
    static func isPlainCode<C: Collection>(_ b: C) -> Bool where C.Element == UInt8, C.Index == Int {
        var i = b.startIndex
        while i < b.endIndex {
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            if c == 0xC4, i + 1 < b.endIndex, b[i + 1] == 0x90 || b[i + 1] == 0x91 { i += 2; continue }
            return false
        }
        return true
    }

    /// `typeCodeBytes` of up to eight bytes, each code's bytes as one
    /// little-endian word (`word(_:_:)`), by byte length: a part is
    /// compared with a code in one comparison, not byte by byte through a
    /// generic `elementsEqual`.
    static let typeCodeWords: [[UInt64]] = typeCodeBytes.map { codes in
        codes.compactMap { $0.count <= 8 ? $0.withUnsafeBufferPointer { word($0, 0..<$0.count) } : nil }
    }

    /// The bytes `p[r]` (at most eight) as a little-endian word, zero above them.
    @inline(__always)
    static func word(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> UInt64 {
        var w: UInt64 = 0
        var k = r.upperBound
        while k > r.lowerBound { k -= 1; w = w << 8 | UInt64(p[k]) }
        return w
    }

    /// `typeCodes.contains` for the part `raw[r]` (its string made only
    /// when it is not plain).
    @inline(__always)
    static func isTypeCode(_ raw: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, _ table: [[[UInt8]]], _ words: [[UInt64]]) -> Bool {
        let slice = raw[r]
        guard isPlainCode(slice) else { return typeCodes.contains(String(decoding: UnsafeBufferPointer(rebasing: slice), as: UTF8.self)) }
        guard r.count < table.count else { return false }
        if r.count <= 8 {
            let w = word(raw, r)
            for code in words[r.count] where code == w { return true }
            return false
        }
        for code in table[r.count] where code.elementsEqual(slice) { return true }
        return false
    }

    public static func parse(_ text: String, range: TextRange) -> DocumentNumber {
        // Bytes, not Characters: this runs for every number in the text.
        if let n = text.utf8.withContiguousStorageIfAvailable({ parse(bytes: $0, text: text, range: range) }) { return n }
        return Array(text.utf8).withUnsafeBufferPointer { parse(bytes: $0, text: text, range: range) }
    }

    /// `parse` on the UTF-8 bytes of `text`: blanks dropped, then split in
    /// place. No string is made: the number keeps where its parts stand.
    static func parse(bytes: UnsafeBufferPointer<UInt8>, text: String, range: TextRange) -> DocumentNumber {
        guard bytes.contains(where: Bytes.isWhitespace) else { return parse(raw: bytes, text: text, range: range, hasSpaces: false) }
        return bytes.filter { !Bytes.isWhitespace($0) }.withUnsafeBufferPointer { parse(raw: $0, text: text, range: range, hasSpaces: true) }
    }

    private static func parse(raw: UnsafeBufferPointer<UInt8>, text: String, range: TextRange, hasSpaces: Bool) -> DocumentNumber {
        let slash = UInt8(ascii: "/"), dash = UInt8(ascii: "-")
        let count = raw.count
        var layout = DocumentNumber.Layout()
        layout.stripped = hasSpaces
        // Sequence: up to the first "/"; then an optional 4-digit year part
        // (when another part follows); the rest is the symbol.
        // (Searched by index over the buffer: the slices' generic
        // `firstIndex`, `allSatisfy` and `reduce` cost a call each.)
        var firstSlash = 0
        while firstSlash < count && raw[firstSlash] != slash { firstSlash += 1 }
        layout.sequenceEnd = Int32(firstSlash)
        var year: Int?
        var symbolStart = min(firstSlash + 1, count)
        if firstSlash < count {
            var next = symbolStart
            while next < count && raw[next] != slash { next += 1 }
            if next < count, next - symbolStart == 4, Bytes.isDigit(raw[symbolStart]), Bytes.isDigit(raw[symbolStart + 1]),
               Bytes.isDigit(raw[symbolStart + 2]), Bytes.isDigit(raw[symbolStart + 3]) {
                var y = 0
                for k in symbolStart..<next { y = y * 10 + Int(raw[k] - 0x30) }
                year = y
                symbolStart = next + 1
            }
        }
        let symbol = firstSlash < count ? symbolStart..<count : count..<count
        layout.symbolStart = Int32(symbol.lowerBound)
        layout.symbolEnd = Int32(symbol.upperBound)
        // The symbol's parts split at "-" (`DocumentNumber.split`): how
        // many, and where the first ends and the second and third start.
        // A code made of the parts from one on is the bytes from its start
        // (`joined(separator: "-")` of the parts split at every "-").
        var parts = 1
        var groupEnd0 = symbol.upperBound, start1 = count, start2 = count, end1 = symbol.upperBound
        for k in symbol where raw[k] == dash {
            parts += 1
            if parts == 2 { groupEnd0 = k; start1 = k + 1 } else if parts == 3 { end1 = k; start2 = k + 1 }
        }
        @inline(__always) func set(_ start: inout Int32, _ end: inout Int32, _ r: Range<Int>) {
            start = Int32(r.lowerBound); end = Int32(r.upperBound)
        }
        let table = typeCodeBytes, words = typeCodeWords
        // Party style: 46-CT/TW (type code inside the sequence).
        var d = 0
        while d < firstSlash && raw[d] != dash { d += 1 }
        var digitsBefore = d > 0 && d < firstSlash
        if digitsBefore { for k in 0..<d where !Bytes.isDigit(raw[k]) { digitsBefore = false; break } }
        if digitsBefore {
            let tail = String(decoding: UnsafeBufferPointer(rebasing: raw[(d + 1)..<firstSlash]), as: UTF8.self)
            if !tail.isEmpty, tail.allSatisfy({ $0.isLetter }) {
                set(&layout.typeStart, &layout.typeEnd, (d + 1)..<firstSlash)
                set(&layout.issuerStart, &layout.issuerEnd, symbol)
                return DocumentNumber(range: range, text: text, year: year, layout: layout, hasSpaces: hasSpaces, isPartyStyle: true)
            }
        }
        if parts >= 2, isTypeCode(raw, symbol.lowerBound..<groupEnd0, table, words) {
            set(&layout.typeStart, &layout.typeEnd, symbol.lowerBound..<groupEnd0)
            if end1 > start1 { set(&layout.issuerStart, &layout.issuerEnd, start1..<end1) }
            if parts > 2 { set(&layout.unitStart, &layout.unitEnd, start2..<count) }
        } else if groupEnd0 > symbol.lowerBound {
            if parts == 1, year == nil, isTypeCode(raw, symbol.lowerBound..<groupEnd0, table, words) {
                set(&layout.typeStart, &layout.typeEnd, symbol.lowerBound..<groupEnd0)
            } else {
                set(&layout.issuerStart, &layout.issuerEnd, symbol.lowerBound..<groupEnd0)
                if parts > 1 { set(&layout.unitStart, &layout.unitEnd, start1..<count) }
            }
        }
        return DocumentNumber(range: range, text: text, year: year, layout: layout, hasSpaces: hasSpaces, isPartyStyle: false)
    }
}
