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
                let props = s.properties
                if props.isAlphabetic || props.generalCategory == .nonspacingMark {
                    if start < 0 { start = i; first = props.isUppercase; allCaps = true; letters = 0 }
                    if props.isLowercase { allCaps = false }
                    if props.isAlphabetic { letters += 1 }
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
