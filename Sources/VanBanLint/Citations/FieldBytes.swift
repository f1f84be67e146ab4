import VanBan

/// Questions about a field's text answered on the markup-free bytes it is
/// made of, without making the text (`Field.text` builds a new `String` on
/// every read, and the structure and citation rules ask about thousands of
/// fields of which they report a handful).
///
/// Only for fields the parser made from `Document.clean` over their range
/// (the numbers, keywords and delimiters of structure nodes, every field of
/// a citation) and for the documents rules see, which are in NFC (a
/// decomposed draft is linted in its NFC form): there the text is those
/// bytes decoded, and two texts are equal (`String ==`, canonical
/// equivalence) exactly when their bytes are.
enum FieldBytes {
    /// Whether the bytes of `r` are `literal`'s UTF-8.
    static func equals(_ b: [UInt8], _ r: TextRange, _ literal: StaticString) -> Bool {
        let n = literal.utf8CodeUnitCount
        guard r.end - r.start == n else { return false }
        let p = literal.utf8Start
        for k in 0..<n where b[r.start + k] != p[k] { return false }
        return true
    }

    /// Whether the bytes of `a` and `b` are equal: then the two fields'
    /// texts are equal (`String ==`), and only then.
    static func same(_ b: [UInt8], _ a: TextRange, _ c: TextRange) -> Bool {
        guard a.end - a.start == c.end - c.start else { return false }
        if a.start == c.start { return true }
        var i = a.start, j = c.start
        while i < a.end { if b[i] != b[j] { return false }; i += 1; j += 1 }
        return true
    }

    /// `Int(text)`: an optional sign, then one or more ASCII digits, nil
    /// on overflow (the standard library's reading, on bytes).
    static func int(_ b: [UInt8], _ r: TextRange) -> Int? {
        var i = r.start
        guard i < r.end else { return nil }
        var negative = false
        if b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") {
            negative = b[i] == UInt8(ascii: "-")
            i += 1
            guard i < r.end else { return nil }
        }
        var v = 0
        while i < r.end {
            let d = b[i] &- 0x30
            guard d < 10 else { return nil }
            let (m, o1) = v.multipliedReportingOverflow(by: 10)
            let (s, o2) = negative ? m.subtractingReportingOverflow(Int(d)) : m.addingReportingOverflow(Int(d))
            if o1 || o2 { return nil }
            v = s
            i += 1
        }
        return v
    }

    /// `StructureNumbering.arabic(text)`: the value of a Roman numeral of
    /// that table (I to XX), on bytes.
    static func roman(_ b: [UInt8], _ r: TextRange) -> Int? {
        let n = r.end - r.start
        guard n >= 1, n <= 5 else { return nil }
        var key: UInt64 = 0
        for k in r.start..<r.end {
            let c = b[k]
            guard c < 0x80 else { return nil }
            key = key << 8 | UInt64(c)
        }
        return romanByKey[key]
    }

    /// The numerals of `StructureNumbering.roman`, keyed by their bytes
    /// packed into a word (at most five ASCII letters, so no two collide).
    static let romanByKey: [UInt64: Int] = {
        var d: [UInt64: Int] = [:]
        for (v, s) in StructureNumbering.roman {
            var key: UInt64 = 0
            for c in s.utf8 { key = key << 8 | UInt64(c) }
            d[key] = v
        }
        return d
    }()

    /// The first scalar of the field's text (`f.text.unicodeScalars.first`).
    static func firstScalar(_ f: Field, _ b: [UInt8]) -> Unicode.Scalar? {
        let r = f.range
        guard r.start < r.end else { return nil }
        let c = b[r.start]
        if c < 0x80 { return Unicode.Scalar(c) }
        // A field starts and ends on scalar boundaries of valid UTF-8; the
        // text is asked for anything else.
        if c >= 0xC2 && c < 0xF0 {
            let (u, len) = Bytes.decodeScalar(b, r.start)
            if len <= r.end - r.start { return u }
        }
        return f.text.unicodeScalars.first
    }
}
