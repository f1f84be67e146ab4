/// Inline constructs found in one pass over the whole text: abbreviation
/// definitions `công nghệ thông tin (CNTT)` and dates.
enum InlineScanner {
    /// Finds the abbreviation definitions and dates, and returns where
    /// every `./.` starts, in order (`OccurrenceIndex(of: "./.", in: clean)`'s
    /// offsets, for the body parser): the pass reads every byte anyway.
    @discardableResult
    static func scan(_ doc: inout Document) -> [Int] {
        let b = doc.clean
        let n = b.count
        var abbrs: [AbbreviationDefinition] = []
        var dates: [DateMention] = []
        var endMarks: [Int] = []
        var i = 0
        while i < n {
            i = b.withUnsafeBufferPointer { nextCandidate($0, from: i, endMarks: &endMarks) }
            if i >= n { break }
            let c = b[i]
            if c == UInt8(ascii: "(") {
                if let a = abbreviation(doc, at: i) { abbrs.append(a) }
                i += 1
                continue
            }
            // "ngày" at a word start.
            if c == UInt8(ascii: "n") || c == UInt8(ascii: "N"), i + 1 < n, b[i + 1] == UInt8(ascii: "g"),
               !Bytes.isWordCharBefore(i, in: b), let d = DateScanner.date(b, at: i) {
                // (Room for sixteen at the first: the array grows once or
                // twice in a text with dates, not five times.)
                if dates.isEmpty { dates.reserveCapacity(16) }
                dates.append(DateMention(range: d.range, date: d.date))
                // The date's bytes are not scanned: an end mark among them
                // (there is none in a date) is listed here.
                for k in (i + 1)..<max(i + 1, d.range.end) where isEndMark(b, k) { endMarks.append(k) }
                i = d.range.end
                continue
            }
            i += 1
        }
        doc.abbreviations = abbrs
        doc.dates = dates
        return endMarks
    }

    /// Whether `./.` starts at `k`.
    @inline(__always)
    static func isEndMark<C: RandomAccessCollection>(_ p: C, _ k: Int) -> Bool where C.Element == UInt8, C.Index == Int {
        p[k] == UInt8(ascii: ".") && k + 2 < p.count && p[k + 1] == UInt8(ascii: "/") && p[k + 2] == UInt8(ascii: ".")
    }

    /// `nextCandidate`, the end marks it passes not kept.
    static func nextCandidate(_ p: UnsafeBufferPointer<UInt8>, from i: Int) -> Int {
        var endMarks: [Int] = []
        return nextCandidate(p, from: i, endMarks: &endMarks)
    }

    /// The next "(" from `i`, or "ng"/"Ng" that an ASCII letter or digit
    /// does not precede (the caller decides the rest); `p.count` if none.
    /// Every `./.` that starts before the position returned is appended
    /// to `endMarks`.
    ///
    /// Sixteen positions at a time (SIMD) while none is "(", none opens
    /// "ng" with a "y" four bytes on, and none opens "./": a date opens
    /// with "ngày"/"Ngày" (`6E 67 C3 A0 79`), so the positions skipped are
    /// "ng" that opens no date ("những", "ngành", "trong"), where the
    /// caller finds nothing, and no end mark opens in a window skipped. In
    /// a window with a candidate, the lanes the test marks are read as
    /// `nextCandidateByteByByte` reads each position; the last positions
    /// of the text byte by byte.
    static func nextCandidate(_ p: UnsafeBufferPointer<UInt8>, from i: Int, endMarks: inout [Int]) -> Int {
        let n = p.count
        guard let base = p.baseAddress else { return n }
        let raw = UnsafeRawPointer(base)
        let paren = SIMD16<UInt8>(repeating: 0x28)
        let letterG = SIMD16<UInt8>(repeating: 0x67), letterY = SIMD16<UInt8>(repeating: 0x79)
        let dot = SIMD16<UInt8>(repeating: UInt8(ascii: ".")), slash = SIMD16<UInt8>(repeating: UInt8(ascii: "/"))
        /// The candidate lanes of the sixteen positions from `k` (the loads
        /// read bytes k…k+19), and the lanes that open "./". (A lane with a
        /// "g" after it and a "y" four on is marked whatever it holds: the
        /// test of its "n" is left to the lane's reading, which `gáy`,
        /// `gây` and the like reach as well, to find nothing there.)
        @inline(__always) func candidates(_ k: Int) -> SIMDMask<SIMD16<Int8>> {
            let v = raw.loadUnaligned(fromByteOffset: k, as: SIMD16<UInt8>.self)
            let w = raw.loadUnaligned(fromByteOffset: k + 1, as: SIMD16<UInt8>.self)
            let y = raw.loadUnaligned(fromByteOffset: k + 4, as: SIMD16<UInt8>.self)
            return (v .== paren) .| ((w .== letterG) .& (y .== letterY)) .| ((v .== dot) .& (w .== slash))
        }
        var k = i
        while k < n {
            // Thirty-two positions a step while neither half holds a
            // candidate: one test for the two (the loads read k…k+35).
            while k + 36 <= n && !ByteScan.any(candidates(k) .| candidates(k &+ 16)) { k &+= 32 }
            guard k + 20 <= n else { break }
            // Only the lanes marked are read, in order: a lane not marked
            // is no "(", opens no "./", and opens no "ngày" (`isCandidate`
            // may take its "ng", where the caller finds no date, as the
            // reference scan shows).
            var bits = ByteScan.laneMask(candidates(k))
            while bits != 0 {
                let at = k &+ bits.trailingZeroBitCount
                bits &= bits &- 1
                if isCandidate(p, at) { return at }
                if isEndMark(p, at) { endMarks.append(at) }
            }
            k &+= 16
        }
        // The last positions (fewer than twenty bytes left), byte by byte.
        while k < n {
            if isCandidate(p, k) { return k }
            if isEndMark(p, k) { endMarks.append(k) }
            k &+= 1
        }
        return n
    }

    /// The scan `nextCandidate` replaces, byte by byte (kept as the
    /// reference the tests compare it with).
    static func nextCandidateByteByByte(_ p: UnsafeBufferPointer<UInt8>, from i: Int) -> Int {
        var k = i
        while k < p.count {
            if isCandidate(p, k) { return k }
            k += 1
        }
        return p.count
    }

    /// "(" or "ng"/"Ng" that an ASCII letter or digit does not precede.
    @inline(__always)
    static func isCandidate(_ p: UnsafeBufferPointer<UInt8>, _ k: Int) -> Bool {
        let c = p[k]
        if c == 0x28 { return true }
        if c | 0x20 == 0x6E, k + 1 < p.count, p[k + 1] == 0x67 {
            if k == 0 { return true }
            let q = p[k - 1]
            if q >= 0x80 || !(Bytes.isASCIILetter(q) || Bytes.isDigit(q)) { return true }
        }
        return false
    }

    /// `(CNTT)`: 2–12 upper-case letters, digits, `&`, `-`, with at least two
    /// capitals; the expansion is the run of words before the parenthesis
    /// whose initials spell the abbreviation.
    static func abbreviation(_ doc: Document, at open: Int) -> AbbreviationDefinition? {
        let b = doc.clean
        var caps = 0
        // The parenthesis' content, read through a pointer (every index
        // read is tested against the count): most candidates fail here.
        let close = b.withUnsafeBufferPointer { p -> Int? in
            var j = open + 1
            while j < p.count && j - open <= 24 {
                let c = p[j]
                if c == UInt8(ascii: ")") { break }
                if Bytes.isASCIIUpper(c) { caps += 1; j += 1; continue }
                if c == 0xC4 && j + 1 < p.count && p[j + 1] == 0x90 { caps += 1; j += 2; continue }  // Đ
                if Bytes.isDigit(c) || c == UInt8(ascii: "&") || c == UInt8(ascii: "-") || Bytes.isASCIILower(c) { j += 1; continue }
                return nil
            }
            return j
        }
        guard let j = close, j < b.count, b[j] == UInt8(ascii: ")"), caps >= 2, j - open - 1 >= 2 else { return nil }
        let abbrRange = TextRange(open + 1, j)
        // Must start with a capital and have more capitals than lower-case
        // letters. (Read from the bytes, which the loop above allows to be
        // ASCII letters, digits, `&`, `-` and `Đ` only: the capitals are
        // ASCII ones and `Đ`, the lower-case letters ASCII ones. The text
        // is made when it is read.)
        let f = b[open + 1]
        guard Bytes.isASCIIUpper(f) || f == 0xC4 else { return nil }
        var lower = 0
        for k in abbrRange.start..<abbrRange.end where Bytes.isASCIILower(b[k]) { lower += 1 }
        guard lower < caps else { return nil }
        // Expansion: up to caps+3 words before, trimmed to start at a word
        // whose initial is the abbreviation's first letter.
        var words: [TextRange] = []
        // (At most this many words: one allocation, not one per growth.)
        words.reserveCapacity(caps + 3)
        var k = open
        while k > 0 && Bytes.isBlank(b[k - 1]) { k -= 1 }
        while words.count < caps + 3 && k > 0 {
            var e = k
            while e > 0 && Bytes.isBlank(b[e - 1]) { e -= 1 }
            var s = e
            while s > 0 && !Bytes.isWhitespace(b[s - 1]) && b[s - 1] != UInt8(ascii: "(") && b[s - 1] != UInt8(ascii: ",") && b[s - 1] != UInt8(ascii: ";") { s -= 1 }
            if s == e { break }
            words.insert(TextRange(s, e), at: 0)
            k = s
            if s > 0 && (b[s - 1] == UInt8(ascii: "\n") || b[s - 1] == UInt8(ascii: ",") || b[s - 1] == UInt8(ascii: "(") || b[s - 1] == UInt8(ascii: ";")) { break }
        }
        let firstLetter = Vietnamese.base(of: Bytes.decodeScalar(b, abbrRange.start).0) ?? 0
        var expansion: Field?
        let minWords = max(1, caps - 2)
        for (idx, w) in words.enumerated() where words.count - idx >= minWords {
            let (s, _) = Bytes.decodeScalar(b, w.start)
            if let base = Vietnamese.base(of: s), base & 0xDF == firstLetter & 0xDF {
                let r = TextRange(w.start, words[words.count - 1].end)
                expansion = Field(range: r, clean: doc.clean)
                break
            }
        }
        return AbbreviationDefinition(abbreviation: Field(range: abbrRange, clean: doc.clean), range: TextRange(open, j + 1), expansion: expansion)
    }
}

/// Dates in running text: `ngày 10/4/2007`, `ngày 05 tháng 3 năm 2020`,
/// `ngày 10-4-2007`.
public enum DateScanner {
    public struct Match: Sendable {
        public var range: TextRange
        public var date: SimpleDate?
    }

    /// Reads a date starting with `ngày` at `i`.
    public static func date(_ b: [UInt8], at i: Int) -> Match? {
        b.withUnsafeBufferPointer { date($0, at: i) }
    }

    /// `date` on a buffer. (Read through a pointer, with the words compared
    /// in place: the parser and the citation extractor try it at every
    /// `ngày`, and each read of a static word array and each call taking
    /// the array cost more than the comparisons.)
    static func date(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Match? {
        guard i >= 0, has(b, at: i, "ngày") || has(b, at: i, "Ngày") else { return nil }
        var k = i + 5  // "ngày"
        k = skipSpace(b, k)
        guard let (d, dEnd) = int(b, k, maxDigits: 2) else { return nil }
        k = dEnd
        if k < b.count && (b[k] == UInt8(ascii: "/") || b[k] == UInt8(ascii: "-") || b[k] == UInt8(ascii: ".")) {
            let sep = b[k]
            guard let (m, mEnd) = int(b, k + 1, maxDigits: 2), mEnd < b.count, b[mEnd] == sep,
                  let (y, yEnd) = int(b, mEnd + 1, maxDigits: 4), yEnd - mEnd - 1 == 4 else { return nil }
            return Match(range: TextRange(i, yEnd), date: SimpleDate(year: y, month: m, day: d))
        }
        k = skipSpace(b, k)
        guard has(b, at: k, "tháng") else { return nil }
        k = skipSpace(b, k + 6)  // "tháng"
        guard let (m, mEnd) = int(b, k, maxDigits: 2) else { return nil }
        k = skipSpace(b, mEnd)
        guard has(b, at: k, "năm") else { return nil }
        k = skipSpace(b, k + 4)  // "năm"
        guard let (y, yEnd) = int(b, k, maxDigits: 4), yEnd - k == 4 else { return nil }
        return Match(range: TextRange(i, yEnd), date: SimpleDate(year: y, month: m, day: d))
    }

    /// Whether `word` is written at `i` (`Bytes.hasPrefix`).
    @inline(__always)
    static func has(_ b: UnsafeBufferPointer<UInt8>, at i: Int, _ word: StaticString) -> Bool {
        word.withUTF8Buffer { w in
            guard i + w.count <= b.count else { return false }
            for k in 0..<w.count where b[i + k] != w[k] { return false }
            return true
        }
    }

    /// Skips blanks and at most one line break.
    /// (Nothing to skip, the common case, is decided at the call: a byte
    /// above the space is neither a blank nor a line break.)
    @inline(__always)
    static func skipSpace(_ b: [UInt8], _ i: Int) -> Int {
        if i >= b.count || i >= 0 && b[i] > 0x20 { return i }
        return skipSpaceOutOfLine(b, i)
    }

    @inline(never)
    static func skipSpaceOutOfLine(_ b: [UInt8], _ i: Int) -> Int {
        b.withUnsafeBufferPointer { skipSpace($0, i) }
    }

    @inline(__always)
    static func skipSpace(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        var i = i
        var breaks = 0
        while i < b.count {
            if Bytes.isBlank(b[i]) { i += 1; continue }
            if (b[i] == 0x0A || b[i] == 0x0D) && breaks == 0 {
                breaks += 1
                i += 1
                if i < b.count && b[i - 1] == 0x0D && b[i] == 0x0A { i += 1 }
                continue
            }
            break
        }
        return i
    }

    static func int(_ b: [UInt8], _ i: Int, maxDigits: Int) -> (Int, Int)? {
        b.withUnsafeBufferPointer { int($0, i, maxDigits: maxDigits) }
    }

    @inline(__always)
    static func int(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, maxDigits: Int) -> (Int, Int)? {
        var k = i
        var v = 0
        while k < b.count && Bytes.isDigit(b[k]) && k - i < maxDigits { v = v * 10 + Int(b[k] - 0x30); k += 1 }
        if k == i || (k < b.count && Bytes.isDigit(b[k])) { return nil }
        return (v, k)
    }
}
