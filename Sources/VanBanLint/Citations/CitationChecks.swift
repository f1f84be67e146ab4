import VanBan

/// Small facts about citations shared by the VB4xx rules.
enum CitationChecks {
    /// A cited date as written, without its leading `ngày` and the blanks
    /// after it (messages say `ngày` once).
    static func bareDate(_ s: String) -> String {
        for w in ["ngày", "Ngày", "NGÀY"] where s.hasPrefix(w) {
            let rest = s.dropFirst(w.count)
            guard let f = rest.unicodeScalars.first, f == " " || f == "\t" || f == "\n" || f == "\r" else { return s }
            return String(rest.drop { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
        }
        return s
    }

    /// Type names that are not a document type in the strict sense
    /// (`văn bản số …`): no type-code or capitalisation check.
    static func isGenericTypeName(_ c: Citation) -> Bool {
        guard let name = c.typeName?.text else { return true }
        // Only a first letter `V`/`v` lower-cases to `v` (most type names are rejected here).
        guard let f = name.utf8.first, f == 0x56 || f == 0x76 else { return false }
        let t = name.lowercased()
        return t == "văn bản" || t == "văn bản hợp nhất"
    }

    /// `context.analysis.isGenericTypeName(c, at: i)`, with its first test
    /// (a first letter `V`/`v`) read on the type name's first byte: most
    /// type names are decided there, without making their text.
    static func isGenericTypeName(_ c: Citation, at i: Int, _ context: RuleContext) -> Bool {
        guard let r = c.typeNameRange else { return true }
        guard r.start < r.end, case let f = context.clean[r.start], f == 0x56 || f == 0x76 else { return false }
        return context.analysis.isGenericTypeName(c, at: i)
    }

    /// The kind a number's type code denotes (`NĐ` → nghị định).
    static func kind(ofCode code: String?) -> DocumentKind? {
        guard var c = code else { return nil }
        // On bytes: `String ==` normalises a non-ASCII code (`NĐ`) to compare
        // it. A code of up to seven bytes (every code of the table) is found
        // by its bytes packed in a word, in a scan of the table's ~35 codes
        // packed alike, where a look-up of `kindByCode` hashed the key. A
        // longer one can only be a longer code of the table.
        guard let key = c.withUTF8({ packedCode($0) }) else { return kindByCode[HashedKey(c)] }
        for e in packedCodes where e.key == key { return e.kind }
        return nil
    }

    /// The bytes of a code of up to seven bytes in one word (little-endian,
    /// the length in the top byte: two codes share a word only when their
    /// bytes are equal); nil for a longer code.
    static func packedCode(_ p: UnsafeBufferPointer<UInt8>) -> UInt64? {
        guard p.count <= 7 else { return nil }
        var k = UInt64(p.count) << 56
        for (i, c) in p.enumerated() { k |= UInt64(c) << UInt64(8 * i) }
        return k
    }

    /// `kindByCode`'s codes of up to seven bytes, packed (`packedCode`).
    static let packedCodes: [(key: UInt64, kind: DocumentKind)] = kindByCode.compactMap { k, v in
        var s = k.string
        return s.withUTF8 { packedCode($0) }.map { ($0, v) }
    }

    /// `DocumentTypes.kindByCode` by bytes (codes such as `NĐ`, `QĐ` are
    /// not ASCII, and hashing them as `String`s normalises them).
    static let kindByCode: [HashedKey: DocumentKind] = {
        var d: [HashedKey: DocumentKind] = [:]
        for (k, v) in DocumentTypes.kindByCode { d[HashedKey(k)] = v }
        return d
    }()

    /// The citation's date field is a full date (not the `năm 2015` of a law).
    static func hasFullDateField(_ c: Citation) -> Bool {
        guard let f = c.dateField else { return false }
        return !f.text.hasPrefix("năm")
    }

    /// Whether the citation is complete for a first mention: type,
    /// number, date, issuer, subject. Laws by name are complete by name.
    static func missingParts(_ c: Citation) -> MissingParts {
        if c.form == .named || c.isLawByName { return [] }
        var out: MissingParts = []
        if c.date == nil { out.insert(.date) }
        if c.issuerRange == nil { out.insert(.issuer) }
        if c.subjectRange == nil { out.insert(.subject) }
        return out
    }

    /// The parts of its full form a citation lacks. A set of bits, not a
    /// list of texts: the first-citation rule tests and removes parts for
    /// every first citation, and names them only in a message read.
    struct MissingParts: OptionSet {
        let rawValue: UInt8
        static let date = MissingParts(rawValue: 1)
        static let issuer = MissingParts(rawValue: 2)
        static let subject = MissingParts(rawValue: 4)

        /// The parts' names in the order date, issuer, subject, joined by ", ".
        func names(_ lang: MessageLanguage) -> String {
            var out: [String] = []
            if contains(.date) { out.append(lang == .vi ? "ngày ban hành" : "date") }
            if contains(.issuer) { out.append(lang == .vi ? "cơ quan ban hành" : "issuer") }
            if contains(.subject) { out.append(lang == .vi ? "trích yếu" : "subject") }
            return out.joined(separator: ", ")
        }
    }

    /// `missingParts(c).isEmpty`, without building the list.
    static func isComplete(_ c: Citation) -> Bool {
        c.form == .named || c.isLawByName || (c.date != nil && c.issuerRange != nil && c.subjectRange != nil)
    }

    /// The range of the title block (type name, trích yếu), where a short
    /// citation is normal.
    static func inTitleOrHeader(_ doc: Document, _ offset: Int) -> Bool {
        if let s = doc.title?.subject?.range, s.start <= offset && offset < s.end { return true }
        if let k = doc.kinhGui?.range, k.start <= offset && offset < k.end { return true }
        if let n = doc.noiNhan?.range, n.start <= offset && offset < n.end { return true }
        return false
    }

    /// `inTitleOrHeader` for many offsets: the three ranges read once
    /// (each read of `doc.title?.subject` copies the title block's fields).
    struct TitleOrHeader {
        let subject: TextRange?, kinhGui: TextRange?, noiNhan: TextRange?

        init(_ doc: Document) {
            subject = doc.title?.subject?.range
            kinhGui = doc.kinhGui?.range
            noiNhan = doc.noiNhan?.range
        }

        /// `CitationChecks.inTitleOrHeader(doc, offset)`.
        func contains(_ offset: Int) -> Bool {
            if let s = subject, s.start <= offset && offset < s.end { return true }
            if let k = kinhGui, k.start <= offset && offset < k.end { return true }
            if let n = noiNhan, n.start <= offset && offset < n.end { return true }
            return false
        }
    }

    static func inPreamble(_ doc: Document, _ offset: Int) -> Bool {
        doc.preamble.contains { $0.range.start <= offset && offset < $0.range.end }
    }

    /// Whether `offset` starts a sentence: only blanks, markup, a list
    /// marker or a number (`1.`, `a)`) since the last line break or `.`/`:`.
    static func atSentenceStart(_ b: [UInt8], _ offset: Int) -> Bool {
        var k = offset
        while k > 0 {
            let c = b[k - 1]
            if Bytes.isBlank(c) || c == UInt8(ascii: "-") || c == UInt8(ascii: "+") || c == UInt8(ascii: "(") || c == UInt8(ascii: "\"") { k -= 1; continue }
            if c == 0x0A || c == 0x0D || c == UInt8(ascii: ".") || c == UInt8(ascii: ":") || c == UInt8(ascii: "!") || c == UInt8(ascii: "?") || c == UInt8(ascii: ")") || c == UInt8(ascii: ";") { return true }
            return false
        }
        return true
    }

    /// The text with its first letter in upper case.
    static func capitalised(_ s: String) -> String {
        guard let f = s.first else { return s }
        return String(f).uppercased() + s.dropFirst()
    }

    static func lowercasedFirst(_ s: String) -> String {
        guard let f = s.first else { return s }
        return String(f).lowercased() + s.dropFirst()
    }

    /// A short quote of a citation for messages.
    static func label(_ c: Citation) -> String {
        let t = c.typeName?.text ?? ""
        if let n = c.number { return (t.isEmpty ? "" : t + " ") + n.normalized }
        if let name = c.name { return t + " " + name.text }
        if let d = c.deixis { return t.isEmpty ? d.text : t + " " + d.text }
        return t
    }

    /// The document's own date when the header states it plainly (in the
    /// header, before the title; digits only in the day, month and year),
    /// so that OCR-damaged or misplaced dates do not produce findings.
    static func reliableOwnDate(_ doc: Document) -> SimpleDate? {
        guard let pd = doc.header.placeDate, let d = pd.date else { return nil }
        // A date line after the title is not the header's, but a công văn's
        // `V/v` stands in the left column and often comes first in the text.
        if let t = doc.title?.typeName?.range.start ?? (doc.title?.vv == nil ? doc.title?.subject?.range.start : nil), pd.range.start > t { return nil }
        let bytes = doc.source.bytes
        for f in [pd.day, pd.month, pd.year] {
            guard let f else { return nil }
            // ASCII digits (nearly always) have a numeric type: read on the
            // bytes; anything else is decoded and asked.
            let r = f.range
            let asciiDigits = r.start < r.end && r.end <= bytes.count && bytes[r.start..<r.end].allSatisfy(Bytes.isDigit)
            if !asciiDigits {
                let raw = doc.text(f.range)
                guard !raw.isEmpty, raw.unicodeScalars.allSatisfy({ $0.properties.numericType != nil }) else { return nil }
            }
            // The character right after must not glue to the number ("tháng 4t").
            if f.range.end < doc.source.bytes.count, Bytes.isASCIILetter(doc.source.bytes[f.range.end]) || doc.source.bytes[f.range.end] == UInt8(ascii: "*") { return nil }
        }
        return d
    }

    /// The word before `i` (bytes), skipping blanks.
    static func previousWord(_ b: [UInt8], _ i: Int) -> ArraySlice<UInt8> {
        var e = i
        while e > 0 && Bytes.isBlank(b[e - 1]) { e -= 1 }
        var s = e
        while s > 0 && !Bytes.isWhitespace(b[s - 1]) { s -= 1 }
        return b[s..<e]
    }

    /// Inside a `[…]` note on the same line: the editorial notes of
    /// consolidated texts (`[Khoản này được sửa đổi bởi Khoản 3 Điều 1 …]`)
    /// are not the document's own words.
    static func inEditorialNote(_ b: [UInt8], _ offset: Int) -> Bool {
        var k = offset
        while k > 0 && offset - k < 400 {
            let c = b[k - 1]
            if c == 0x0A || c == UInt8(ascii: "]") { return false }
            if c == UInt8(ascii: "[") { return true }
            k -= 1
        }
        return false
    }

    /// Whether `offset` is in a table: a Markdown row (`|` on the line), or
    /// a short fragment line of a table flattened by text extraction
    /// (`Thông tư ` alone, the number on the next line).
    static func inTable(_ doc: Document, _ offset: Int) -> Bool {
        let src = doc.source
        let line = src.lineRange(src.line(of: offset))
        if src.bytes[line.start..<line.end].contains(UInt8(ascii: "|")) { return true }
        var s = line.start, e = line.end
        let b = doc.clean
        while s < e && Bytes.isBlank(b[s]) { s += 1 }
        while e > s && Bytes.isBlank(b[e - 1]) { e -= 1 }
        return e - s < 40
    }
}

/// Issuer look-ups memoised for one document (`SharedAnalysis.issuers`,
/// shared by VB403, VB409 and VB415): a document names the same few
/// issuers many times, and `Issuers.named(by:)` (every entry's phrases
/// searched in the folded text) and `Issuers.names` (a fold per call) cost
/// thousands of instructions each. Same answers as the `Issuers` functions.
struct IssuerMemo {
    private var foldedBy = SmallMemo<HashedKey, Issuers.Folded>()
    private var namedBy = SmallMemo<HashedKey, [Issuers.Entry]>()
    private var namesEntry = SmallMemo<NamesKey, Bool>()
    private var codesBy = SmallMemo<HashedKey, UInt64>()

    /// An issuer and an entry of `Issuers.all`, by its index.
    struct NamesKey: MemoKey {
        var issuer: HashedKey
        var entry: Int
        var memoHash: UInt64 { issuer.bytesHash ^ (UInt64(truncatingIfNeeded: entry) &* 0x9E37_79B9_7F4A_7C15) }
    }

    /// `Issuers.folded`.
    mutating func folded(_ issuer: String) -> Issuers.Folded { folded(HashedKey(issuer)) }

    /// `Issuers.folded` of `key.string`.
    mutating func folded(_ key: HashedKey) -> Issuers.Folded {
        if let known = foldedBy[key] { return known }
        let v = Issuers.folded(key.string)
        foldedBy.insert(key, v)
        return v
    }

    /// `Issuers.named(by:)`.
    mutating func named(by issuer: String) -> [Issuers.Entry] {
        let key = HashedKey(issuer)
        if let known = namedBy[key] { return known }
        let v = Issuers.named(folded: folded(issuer))
        namedBy.insert(key, v)
        return v
    }

    /// The codes of `Issuers.named(by:)`, as the bits of their entries'
    /// indices in `Issuers.all` (`Issuers.namedMask`: the codes are
    /// distinct, so two issuers share a code exactly when their words share
    /// a bit).
    mutating func codes(_ issuer: String) -> UInt64 {
        let key = HashedKey(issuer)
        if let known = codesBy[key] { return known }
        let v = Issuers.namedMask(folded: folded(key))
        codesBy.insert(key, v)
        return v
    }

    /// `Issuers.names(issuer.string, Issuers.all[entry])` (the issuer
    /// hashed once by the caller, the entry named by its index: no string
    /// hashed for either).
    mutating func names(_ issuer: HashedKey, entry: Int) -> Bool {
        let key = NamesKey(issuer: issuer, entry: entry)
        if let known = namesEntry[key] { return known }
        let v = Issuers.namesFolded(folded(issuer), Issuers.all[entry])
        namesEntry.insert(key, v)
        return v
    }
}

/// A key of `SmallMemo`: equal keys have equal `memoHash`es.
protocol MemoKey: Hashable {
    var memoHash: UInt64 { get }
}

/// A memo of a document's few keys (the issuers it cites): its entries
/// in one array, searched in order with each key's hash compared first,
/// until it holds `linearLimit` of them; a dictionary from then on. A
/// dictionary made for the first entry cost more than all the searches
/// of a usual document (its storage sized, its type's metadata looked up).
struct SmallMemo<Key: MemoKey, Value> {
    private var entries: [(hash: UInt64, key: Key, value: Value)] = []
    private var table: [Key: Value]? = nil

    static var linearLimit: Int { 32 }

    subscript(key: Key) -> Value? {
        if let table { return table[key] }
        let h = key.memoHash
        // (By index: `for e in entries` copies each entry, retaining its
        // key's strings, to compare a hash.)
        for k in entries.indices where entries[k].hash == h && entries[k].key == key { return entries[k].value }
        return nil
    }

    /// Records the value of a key not recorded yet.
    mutating func insert(_ key: Key, _ value: Value) {
        if table != nil { table![key] = value; return }
        if entries.count == Self.linearLimit {
            var d = [Key: Value](minimumCapacity: 2 * Self.linearLimit)
            for e in entries { d[e.key] = e.value }
            d[key] = value
            table = d
            entries = []
            return
        }
        // Room for a few at the first: a document cites a few issuers.
        if entries.isEmpty { entries.reserveCapacity(8) }
        entries.append((key.memoHash, key, value))
    }
}

/// A string as a dictionary key, compared by its UTF-8 bytes: `String`
/// hashes and compares non-ASCII text by canonical equivalence,
/// normalising as it goes (thousands of instructions for an issuer's
/// name); the texts keyed here come from one NFC-normalised document,
/// where equivalent texts have the same bytes. The hash of the bytes is
/// made once, with the key: a look-up then feeds `Hasher` one word instead
/// of every byte, and a candidate of equal hash is compared eight bytes at
/// a time.
struct HashedKey: MemoKey {
    let string: String
    /// `bytesHash` of the string's bytes: equal bytes, equal hashes.
    let bytesHash: UInt64

    init(_ s: String) {
        string = s
        var t = s
        bytesHash = t.withUTF8 { HashedKey.bytesHash($0) }
    }

    static func == (a: HashedKey, b: HashedKey) -> Bool {
        guard a.bytesHash == b.bytesHash else { return false }
        var x = a.string, y = b.string
        return x.withUTF8 { p in y.withUTF8 { q in
            guard p.count == q.count else { return false }
            guard let pb = p.baseAddress, let qb = q.baseAddress else { return true }
            let n = p.count
            var i = 0
            while i + 8 <= n {
                if UnsafeRawPointer(pb).loadUnaligned(fromByteOffset: i, as: UInt64.self) != UnsafeRawPointer(qb).loadUnaligned(fromByteOffset: i, as: UInt64.self) { return false }
                i += 8
            }
            while i < n { if pb[i] != qb[i] { return false }; i += 1 }
            return true
        } }
    }

    func hash(into h: inout Hasher) { h.combine(bytesHash) }

    var memoHash: UInt64 { bytesHash }

    /// A multiply–xorshift hash of the bytes, eight at a time (the length
    /// mixed in first; the last word zero-padded).
    static func bytesHash(_ p: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let n = p.count
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 &* UInt64(n &+ 1)
        guard let base = p.baseAddress else { return h }
        var i = 0
        while i + 8 <= n {
            h = (h ^ UInt64(littleEndian: UnsafeRawPointer(base).loadUnaligned(fromByteOffset: i, as: UInt64.self))) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 31
            i += 8
        }
        if i < n {
            var w: UInt64 = 0
            var s: UInt64 = 0
            while i < n { w |= UInt64(base[i]) << s; s += 8; i += 1 }
            h = (h ^ w) &* 0x94D0_49BB_1331_11EB
            h ^= h >> 29
        }
        return h
    }
}
