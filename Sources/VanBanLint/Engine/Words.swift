import VanBan

/// A maximal run of letters (and combining marks) in the markup-free view.
public struct Word: Sendable {
    public var range: TextRange
    /// First letter is upper case.
    public var isCapitalized: Bool
    /// Every letter is upper case.
    public var isAllCaps: Bool
    public var letterCount: Int
}

public enum Words {
    /// Splits the document's clean view into words. Digits and punctuation
    /// separate words; `Đ`/`đ` and combining marks are letters.
    public static func split(_ doc: Document) -> [Word] {
        var out: [Word] = []
        out.reserveCapacity(doc.clean.count / 5)
        doc.clean.withUnsafeBufferPointer { p in
            let n = p.count
            var i = 0
            var start = -1, first = false, allCaps = true, letters = 0
            func flush(_ end: Int) {
                if start >= 0 { out.append(Word(range: TextRange(start, end), isCapitalized: first, isAllCaps: allCaps, letterCount: letters)) }
                start = -1
            }
            while i < n {
                let c = p[i]
                if c < 0x80 {
                    let isUpper = c >= 0x41 && c <= 0x5A, isLower = c >= 0x61 && c <= 0x7A
                    if isUpper || isLower {
                        if start < 0 { start = i; first = isUpper; allCaps = true; letters = 0 }
                        if isLower { allCaps = false }
                        letters += 1
                    } else {
                        flush(i)
                    }
                    i += 1
                    continue
                }
                let (s, len) = Bytes.decodeScalar(p, i)
                // Latin letters and combining marks (all of Vietnamese) from a
                // precomputed table: Unicode property look-ups are slow.
                let f = s.value < 0x2000 ? ScalarClass.table[Int(s.value)] : ScalarClass.classify(s)
                if f & ScalarClass.letterOrMark != 0 {
                    if start < 0 { start = i; first = f & ScalarClass.upper != 0; allCaps = true; letters = 0 }
                    if f & ScalarClass.lower != 0 { allCaps = false }
                    if f & ScalarClass.alphabetic != 0 { letters += 1 }
                } else {
                    flush(i)
                }
                i += len
            }
            flush(n)
        }
        return out
    }
}

/// The Unicode properties `Words.split` needs, cached for U+0000–U+1FFF
/// (identical to `Unicode.Scalar.Properties`; computed once on first use).
enum ScalarClass {
    static let alphabetic: UInt8 = 1, upper: UInt8 = 2, lower: UInt8 = 4, letterOrMark: UInt8 = 8

    static func classify(_ s: Unicode.Scalar) -> UInt8 {
        let p = s.properties
        var f: UInt8 = 0
        if p.isAlphabetic { f |= alphabetic }
        if p.isUppercase { f |= upper }
        if p.isLowercase { f |= lower }
        if p.isAlphabetic || p.generalCategory == .nonspacingMark { f |= letterOrMark }
        return f
    }

    static let table: [UInt8] = (0..<0x2000).map { v in Unicode.Scalar(UInt32(v)).map(classify) ?? 0 }
}
