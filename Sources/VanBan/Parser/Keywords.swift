/// A set of words or phrases matched at a byte position in any of the
/// casings drafters use: as given, lower case, upper case, and with the
/// first letter capitalised. Matching is a byte comparison (no allocation).
public final class KeywordSet: Sendable {
    public let words: [String]
    public let firstBytes: Set<UInt8>
    let requireBoundary: Bool

    /// - Parameter lowerCase: whether the all-lower-case form matches too
    ///   (false for headings: `Chương II` opens a chapter, `chương II` in a
    ///   sentence does not).
    public init(_ words: [String], requireBoundary: Bool = true, lowerCase: Bool = true) {
        self.words = words
        self.requireBoundary = requireBoundary
        var v: [(bytes: [UInt8], word: Int)] = []
        for (k, w) in words.enumerated() {
            let lower = w.lowercased()
            let upper = w.uppercased()
            let cap = (lower.first.map { String($0).uppercased() } ?? "") + lower.dropFirst()
            // At most four forms: a scan of those kept, not a Set<[UInt8]>
            // (hashing arrays byte by byte was a third of this init).
            let first = v.count
            for f in [w, lower, upper, cap] where lowerCase || f != lower || f == w {
                let bytes = Array(f.utf8)
                if !v[first...].contains(where: { $0.bytes == bytes }) { v.append((bytes, k)) }
            }
        }
        v = v.filter { !$0.bytes.isEmpty }
        v.sort { $0.bytes.count > $1.bytes.count }
        self.firstBytes = Set(v.compactMap { $0.bytes.first })
        var table = [Bool](repeating: false, count: 256)
        for f in firstBytes { table[Int(f)] = true }
        self.firstTable = table
        // An ASCII letter in both cases and nothing else (`Kính gửi`, `ngày`).
        if firstBytes.count == 2, let l = firstBytes.first(where: Bytes.isASCIILower), firstBytes.contains(l & 0xDF) {
            self.caseFoldedFirst = l
        } else {
            self.caseFoldedFirst = nil
        }
        var pairs = [UInt64](repeating: 0, count: (KeywordSet.pairMask + 1) / 64)
        for (bytes, _) in v {
            // A form of one byte may be followed by any byte.
            let seconds: [UInt8] = bytes.count >= 2 ? [bytes[1]] : (0...255).map { UInt8($0) }
            for c in seconds {
                let k = KeywordSet.pairHash(bytes[0], c)
                pairs[k >> 6] |= 1 << UInt64(k & 63)
            }
        }
        self.pairFilter = pairs
        self.index = PhraseIndex(v.map { $0.bytes }, ids: v.map { $0.word })
    }

    /// The forms' first two bytes, hashed to one bit each (`pairHash`):
    /// tested inline by `match` before its call, it turns away most
    /// positions whose first byte passed (`T` of `Trong` for `TM.`, `Q`
    /// of `Quy` for `QUYẾT ĐỊNH` in lower case) for a few instructions.
    let pairFilter: [UInt64]
    static let pairMask = 1023

    @inline(__always)
    static func pairHash(_ a: UInt8, _ b: UInt8) -> Int { (Int(a) &* 67 &+ Int(b)) & pairMask }

    /// The variants, bucketed for matching.
    let index: PhraseIndex

    /// `firstBytes` as a table indexed by byte (no hashing on the hot path).
    let firstTable: [Bool]

    /// The lower-case ASCII letter `l` when `firstBytes` is `l` and its
    /// capital, nil otherwise: a scan for a form's first byte may then
    /// look for `l` eight bytes at a time (`byte | 0x20 == l` holds for
    /// those two bytes only).
    let caseFoldedFirst: UInt8?

    @inline(__always)
    public func mayStart(_ c: UInt8) -> Bool { firstTable[Int(c)] }

    /// The index of the word matched at `i` and the length in bytes.
    /// (The first-byte test, which rejects most positions, is inlined at
    /// the call; the rest is one call. Inlined whole, it was not: the
    /// parser called it a quarter of a million times a corpus pass, most
    /// only to read the table.)
    @inline(__always)
    public func match(_ b: [UInt8], _ i: Int, _ end: Int) -> (word: Int, length: Int)? {
        guard i < end, i >= 0, firstTable[Int(b[i])] else { return nil }
        // (No form opens with these two bytes: nothing matches. Only read
        // when the second byte is in bounds; a form of one byte sets every
        // pair of its byte.)
        if i + 1 < end && i + 1 < b.count {
            let k = KeywordSet.pairHash(b[i], b[i + 1])
            guard pairFilter[k >> 6] & (1 << UInt64(k & 63)) != 0 else { return nil }
        }
        return matchAfterFirstByte(b, i, end)
    }

    /// `match` once the first byte may open a word.
    @inline(never)
    func matchAfterFirstByte(_ b: [UInt8], _ i: Int, _ end: Int) -> (word: Int, length: Int)? {
        b.withUnsafeBufferPointer { p in
            let e = min(end, p.count)
            return index.mayMatch(p, at: i, end: e) ? match(p, i, e) : nil
        }
    }

    /// `match` on a buffer.
    @inline(__always)
    public func match(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> (word: Int, length: Int)? {
        let boundary = requireBoundary
        return index.match(p, at: i, end: end) { _, len in
            let after = i + len
            if boundary, after < end, p[after - 1] != 0x20, Bytes.isWordChar(at: after, in: p) { return false }
            return true
        }.map { ($0.id, $0.length) }
    }
}

/// The words the parser looks for.
public enum Keywords {
    static let kinhGui = KeywordSet(["Kính gửi"])
    static let so = KeywordSet(["Số"])
    static let ngay = KeywordSet(["ngày"])
    static let canCu = KeywordSet(["Căn cứ"])
    /// Indices 0 and 2 are `xet`, 5 (`Thực hiện`) is `other`, the rest `theo`.
    static let preambleOthers = KeywordSet(["Xét đề nghị", "Theo đề nghị", "Xét", "Trên cơ sở", "Theo", "Thực hiện"])
    static let bodyOpeners = KeywordSet(["Căn cứ", "Thực hiện", "Xét đề nghị", "Theo đề nghị", "Kính gửi"])
    /// (`QUYÉT` is a frequent OCR reading of `QUYẾT`.)
    static let enacting = KeywordSet(["QUYẾT ĐỊNH", "QUYẾT NGHỊ", "NGHỊ ĐỊNH", "CHỈ THỊ", "BAN HÀNH", "QUYÉT ĐỊNH", "QUYÉT NGHỊ", "QUYET ĐỊNH", "QUYET NGHỊ"])
    // Capitalised forms only: "nơi nhận" in a sentence is not the block.
    static let noiNhan = KeywordSet(["Nơi nhận", "Noi nhận", "Nơi nhân", "Noi nhan"], lowerCase: false)
    static let luu = KeywordSet(["Lưu", "Luu"])
    static let dieu = KeywordSet(["Điều"], lowerCase: false)
    static let chuong = KeywordSet(["Chương"], lowerCase: false)
    static let phan = KeywordSet(["Phần"], lowerCase: false)
    static let muc = KeywordSet(["Mục"], lowerCase: false)
    static let tieuMuc = KeywordSet(["Tiểu mục"], lowerCase: false)
    static let phuLuc = KeywordSet(["Phụ lục"])
    static let authorityPrefixes = KeywordSet(["TM.", "KT.", "TL.", "TUQ.", "Q.", "T/M", "K/T", "T/L", "T.M.", "K.T.", "T.L.", "T.M", "K.T", "T.L",
                                               "TM", "KT", "TL", "TUQ"], requireBoundary: true)
    static let signedMarks = KeywordSet(["(Đã ký)", "Đã ký", "(đã ký)", "(Đã ký và đóng dấu)", "[daky]", "(Ký tên, đóng dấu)", "(ký tên, đóng dấu)"], requireBoundary: false)
    static let attachedBy = KeywordSet(["(Ban hành kèm theo", "(Kèm theo", "(Ban hành theo", "Ban hành kèm theo", "Kèm theo"], requireBoundary: false)

    static func isAuthorityStart(_ upper: String) -> Bool { authorityStarts.contains { upper.utf8HasPrefix($0) } }

    /// The ASCII first bytes of `authorityStarts`: a text whose first two
    /// bytes are ASCII upper-cases its first byte alone (`vbUpper` moves a
    /// tone only onto a vowel from a toned vowel after it, and composes only
    /// with a mark after it), so it opens no authority line when that byte
    /// upper-cased is not one of these.
    static let authorityFirstASCII = ByteSet(authorityStarts.compactMap { $0.utf8.first }.filter { $0 < 0x80 })

    /// Upper-case beginnings of authority lines of a quyết định / nghị quyết
    /// (at most three words: `HeaderParser.isAuthorityLine` relies on it).
    static let authorityStarts: [String] = [
        "BỘ TRƯỞNG", "CHỦ TỊCH", "THỦ TƯỚNG", "CHÍNH PHỦ", "HỘI ĐỒNG", "ỦY BAN", "GIÁM ĐỐC", "TỔNG GIÁM ĐỐC",
        "CỤC TRƯỞNG", "TỔNG CỤC TRƯỞNG", "VỤ TRƯỞNG", "CHÁNH ÁN", "VIỆN TRƯỞNG", "TRƯỞNG BAN", "THỐNG ĐỐC",
        "TỔNG KIỂM TOÁN", "CHÁNH VĂN PHÒNG", "CHÁNH THANH TRA", "TỔNG THANH TRA", "QUỐC HỘI", "BAN CHẤP HÀNH",
        "HIỆU TRƯỞNG", "TRƯỞNG", "BỘ CHÍNH TRỊ", "BAN THƯỜNG VỤ", "ĐẢNG ĐOÀN", "BAN CÁN SỰ", "CHỦ NHIỆM",
    ]
}

/// A set of bytes as a 256-bit table.
public struct ByteSet: Sendable {
    private var bits: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    public init<S: Sequence>(_ bytes: S) where S.Element == UInt8 {
        for b in bytes { insert(b) }
    }
    public mutating func insert(_ b: UInt8) {
        let bit = UInt64(1) << UInt64(b & 63)
        switch b >> 6 {
        case 0: bits.0 |= bit
        case 1: bits.1 |= bit
        case 2: bits.2 |= bit
        default: bits.3 |= bit
        }
    }
    @inline(__always)
    public func contains(_ b: UInt8) -> Bool {
        let bit = UInt64(1) << UInt64(b & 63)
        switch b >> 6 {
        case 0: return bits.0 & bit != 0
        case 1: return bits.1 & bit != 0
        case 2: return bits.2 & bit != 0
        default: return bits.3 & bit != 0
        }
    }
}

extension Document {
    /// Whether line `line` (0-based) opens with the words that name the
    /// document an attached text comes with (`(Ban hành kèm theo Quyết
    /// định số … ngày …)`, `(Kèm theo …)`): the number and date there are
    /// that document's, and its template gives no trích yếu.
    public func isAttachedByLine(_ line: Int) -> Bool { Keywords.isAttachedByLine(line, lines: lines, clean: clean) }
}

extension Keywords {
    /// `Document.isAttachedByLine` on a line table and its text.
    static func isAttachedByLine(_ line: Int, lines: [LineInfo], clean: [UInt8]) -> Bool {
        guard line >= 0, line < lines.count else { return false }
        let t = lines[line].trimmed
        return attachedBy.match(clean, t.start, t.end) != nil
    }
}
