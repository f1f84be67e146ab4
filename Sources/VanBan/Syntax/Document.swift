/// The document model: what the parser found, each piece with its exact
/// byte range in `source`. Everything is optional, because real drafts are
/// not tidy: a missing piece is `nil` (or empty), never a parse failure.
public struct Document: Sendable {
    public let source: SourceText
    /// A copy of the text in which Markdown markup (`*`, `|`, heading `#`,
    /// escaping backslashes) is blanked out with spaces. Same length as
    /// `source.bytes`, so every offset is valid in both.
    public let clean: [UInt8]
    public var kind: DocumentKind = .unknown
    /// Whether the text is an official document at all (false for news text).
    public var isDocument: Bool = false
    /// A document of a kind NĐ 30/2020 does not govern (rules.md §13.9),
    /// whose form follows other rules: the linter judges only its language,
    /// citations and encoding. Nil for every other text.
    public var outOfScope: OutOfScope?
    /// How the kind was decided, for debugging and for the JSON output.
    public var kindEvidence: KindEvidence = .none
    public var header = Header()
    public var title: TitleBlock?
    public var kinhGui: KinhGuiBlock?
    /// Căn cứ, Xét, Theo đề nghị … lines before the enacting line.
    public var preamble: [PreambleItem] = []
    /// `QUYẾT ĐỊNH:`, `QUYẾT NGHỊ:`, `NGHỊ ĐỊNH:` …
    public var enactingLine: Field?
    /// Phần/Chương/Mục/Điều/khoản/điểm and report-style headings of the main text.
    public var structure: [StructureNode] = []
    /// Attached documents (a Quy chế "ban hành kèm theo Quyết định …"), each
    /// with its own numbering.
    public var attachments: [Attachment] = []
    /// Every `./.` end mark.
    public var endMarks: [TextRange] = []
    public var signature: SignatureBlock?
    public var noiNhan: NoiNhanBlock?
    public var citations: [Citation] = []
    public var abbreviations: [AbbreviationDefinition] = []
    public var dates: [DateMention] = []
    /// One entry per source line.
    public var lines: [LineInfo] = []

    public init(source: SourceText, clean: [UInt8]) {
        self.source = source
        self.clean = clean
    }

    /// Text of a range taken from the original source.
    public func text(_ r: TextRange) -> String { source.string(r) }
    /// Text of a range taken from the markup-free view.
    public func cleanText(_ r: TextRange) -> String { String(decoding: clean[r.start..<r.end], as: UTF8.self) }

    /// The date of the document itself, if found and valid.
    public var date: SimpleDate? { header.placeDate?.date }

    /// All articles (Điều) of the main text, in order.
    public var articles: [StructureNode] { StructureNode.collect(.dieu, in: structure) }
}

public enum KindEvidence: String, Sendable {
    case none, typeName = "type-name", numberCode = "number-code", vv = "v/v", numberWithoutCode = "number-without-code", assumed
}

/// A piece of text with its range (in `Document.source`).
public struct Field: Sendable, Equatable {
    public var range: TextRange {
        // A text still to be made from `clean` is made from the old range
        // before the range changes.
        willSet {
            switch storage {
            case .text: break
            case .clean(let c): storage = .text(Field.decode(c, range))
            case .collapsed(let c): storage = .text(Field.decodeCollapsed(c, range))
            }
        }
    }
    private var storage: Storage

    /// The text as given, or the markup-free bytes it is to be read from
    /// (over `range`) each time it is asked for: most fields' texts are
    /// never read, and a `String` for each cost the parser more than
    /// anything else it builds.
    private enum Storage: Sendable {
        case text(String)
        case clean([UInt8])
        /// `clean[range]` with each run of blanks (`Bytes.isWhitespace`)
        /// made one space: a header field over several lines, its tokens
        /// joined by a space (`HeaderParser.joinedText`).
        case collapsed([UInt8])
    }

    public var text: String {
        get {
            switch storage {
            case .text(let s): return s
            case .clean(let c): return Field.decode(c, range)
            case .collapsed(let c): return Field.decodeCollapsed(c, range)
            }
        }
        set { storage = .text(newValue) }
    }

    public init(range: TextRange, text: String) { self.range = range; self.storage = .text(text) }

    /// A field whose text is `clean[range]` (`Document.cleanText(range)`),
    /// made each time it is read. (Making texts of up to 15 bytes at once,
    /// which need no storage, was measured: lint −4 M, parse +9 M per pass.)
    init(range: TextRange, clean: [UInt8]) { self.range = range; self.storage = .clean(clean) }

    /// A field whose text is `clean[range]` with each run of blanks made
    /// one space, made each time it is read (a trích yếu over several
    /// lines: most are read by a rule or two, or not at all in a parse).
    init(range: TextRange, collapsing clean: [UInt8]) { self.range = range; self.storage = .collapsed(clean) }

    /// `Document.cleanText`.
    static func decode(_ clean: [UInt8], _ r: TextRange) -> String { String(decoding: clean[r.start..<r.end], as: UTF8.self) }

    /// The length of `decodeCollapsed(clean, r)` in bytes.
    static func collapsedCount(_ clean: [UInt8], _ r: TextRange) -> Int {
        var n = 0, i = r.start
        while i < r.end {
            if Bytes.isWhitespace(clean[i]) {
                while i < r.end && Bytes.isWhitespace(clean[i]) { i += 1 }
                n += 1
            } else {
                n += 1; i += 1
            }
        }
        return n
    }

    /// `clean[r]` with each run of blanks made one space (the string
    /// repairs invalid UTF-8 as `String(decoding:as:)` does).
    static func decodeCollapsed(_ clean: [UInt8], _ r: TextRange) -> String {
        String(unsafeUninitializedCapacity: collapsedCount(clean, r)) { out in
            var n = 0, i = r.start
            while i < r.end {
                let c = clean[i]
                if Bytes.isWhitespace(c) {
                    while i < r.end && Bytes.isWhitespace(clean[i]) { i += 1 }
                    out[n] = 0x20
                } else {
                    out[n] = c; i += 1
                }
                n += 1
            }
            return n
        }
    }

    public static func == (a: Field, b: Field) -> Bool { a.range == b.range && a.text == b.text }
}

/// Kinds of line, as classified by the parser.
public enum LineKind: String, Sendable {
    case blank, decoration, header, title, kinhGui, preamble, enacting, heading, paragraph, listItem, endMark, signature, noiNhan, noiNhanItem, attachmentHeader, noise
}

public struct LineInfo: Sendable {
    /// The line's content without its terminator.
    public var range: TextRange
    /// The content with surrounding blanks and markup trimmed (in `clean`).
    public var trimmed: TextRange
    public var kind: LineKind
}

// MARK: Header

public struct Header: Sendable {
    /// Agency lines before the number (parent agency then issuing agency).
    public var agencyLines: [Field] = []
    public var quocHieu: Field?
    /// Where a Quốc hiệu stands that OCR or a two-column layout broke up
    /// (`CONG HOA XA HOI CHU NGHIAVIETNAM`, `… VIỆT` with `NAM` on the next
    /// line): it opens with `CỘNG HÒA` in capitals and goes on as one, but
    /// does not read whole. Nil when `quocHieu` was read or nothing stands.
    public var quocHieuDamaged: TextRange?
    public var tieuNgu: Field?
    public var number: NumberField?
    public var placeDate: PlaceDateField?
    public var urgency: Field?
    public var secrecy: Field?
    public init() {}
}

/// `Số: 2723/BTTTT-UDCNTT` in the header.
public struct NumberField: Sendable {
    /// The whole field from `Số` to the end of the number.
    public var range: TextRange
    /// The word `Số` as written.
    public var label: Field
    /// The colon after `Số`, if any.
    public var colon: TextRange?
    /// The number as written (may contain spaces if the drafter typed them).
    public var number: DocumentNumber
}

/// A document number/symbol such as `2723/BTTTT-UDCNTT`, `30/2020/NĐ-CP`,
/// `55/2005/TTLT-BNV-VPCP` or the party form `46-CT/TW`.
///
/// The parts (`sequence`, `symbolParts`, the codes) are not stored as
/// strings: the parser finds where they stand in `text` (`Layout`) and
/// each getter makes its string when asked. Most numbers of a text are
/// citations whose parts no one reads in a parse, and making and freeing
/// six strings and an array for each cost the parser more than finding
/// them. A part that is set (`n.typeCode = …`) is kept as given, with the
/// others as they read then.
public struct DocumentNumber: Sendable, Equatable {
    public var range: TextRange
    /// As written, with any spaces the drafter typed.
    public var text: String {
        // The parts are read from the text: a new text keeps the parts
        // as they read from the old one (they were apart from it).
        willSet { if explicit == nil { explicit = Explicit(parts) } }
    }
    public var year: Int?
    /// Whether the number contains blanks (`15 / QĐ - BNV`).
    public var hasSpaces: Bool
    /// Party document numbering (`46-CT/TW`).
    public var isPartyStyle: Bool
    /// Where the parts stand in `text`.
    var layout: Layout
    /// The parts as set, when one was (nil for every number the parser makes).
    private var explicit: Explicit?

    /// Byte offsets of the parts in `text`'s bytes, or in those bytes
    /// with blanks removed when `stripped`. A code's start is -1 when it
    /// is nil.
    struct Layout: Sendable, Equatable {
        var stripped = false
        /// The sequence is the bytes before `sequenceEnd`.
        var sequenceEnd: Int32 = 0
        /// The symbol, split at `-` into `symbolParts`.
        var symbolStart: Int32 = 0, symbolEnd: Int32 = 0
        var typeStart: Int32 = -1, typeEnd: Int32 = 0
        var issuerStart: Int32 = -1, issuerEnd: Int32 = 0
        var unitStart: Int32 = -1, unitEnd: Int32 = 0
    }

    /// The parts as strings.
    struct Parts: Sendable {
        var sequence: String
        var symbolParts: [String]
        var typeCode: String?
        var issuerCode: String?
        var unitCode: String?
    }

    /// Parts set by hand, in a box that copies share (never written).
    private final class Explicit: Sendable {
        let parts: Parts
        init(_ parts: Parts) { self.parts = parts }
    }

    /// The sequence as written ("05", "2723", "" for a blank template).
    public var sequence: String {
        get { explicit?.parts.sequence ?? withRaw { Self.string($0, 0, Int(layout.sequenceEnd)) } }
        set { var p = parts; p.sequence = newValue; explicit = Explicit(p) }
    }
    /// The symbol after the last `/` (e.g. `QĐ-UBND`), split at `-`.
    public var symbolParts: [String] {
        get { explicit?.parts.symbolParts ?? withRaw { Self.split($0, Int(layout.symbolStart), Int(layout.symbolEnd)) } }
        set { var p = parts; p.symbolParts = newValue; explicit = Explicit(p) }
    }
    /// `symbolParts.count`, counted without making the parts: one more
    /// than the dashes of the symbol.
    public var symbolPartCount: Int {
        if let e = explicit { return e.parts.symbolParts.count }
        return withRaw { raw in
            var n = 1
            for k in Int(layout.symbolStart)..<Int(layout.symbolEnd) where raw[k] == UInt8(ascii: "-") { n += 1 }
            return n
        }
    }

    /// `body` on the UTF-8 bytes of the symbol: `symbolParts` joined by
    /// `-`, read in place (no string made) unless the parts were set.
    /// (Inlined into the caller, over `withSymbolBytesOnce`, which is not
    /// generic: called from another module, a generic function that is not
    /// inlined runs unspecialised, looking up the metadata of `R` and its
    /// optional on every call, ~800 instructions a number in VB401.)
    @inlinable
    public func withSymbolBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        var result: R? = nil
        withSymbolBytesOnce { result = body($0) }
        return result!
    }

    /// `withSymbolBytes`'s work: `body` once on the symbol's bytes.
    @usableFromInline
    func withSymbolBytesOnce(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        if let e = explicit {
            return Array(e.parts.symbolParts.joined(separator: "-").utf8).withUnsafeBufferPointer(body)
        }
        withRaw { body(UnsafeBufferPointer(rebasing: $0[Int(layout.symbolStart)..<Int(layout.symbolEnd)])) }
    }

    public var typeCode: String? {
        get { if let e = explicit { return e.parts.typeCode }; return code(layout.typeStart, layout.typeEnd) }
        set { var p = parts; p.typeCode = newValue; explicit = Explicit(p) }
    }
    public var issuerCode: String? {
        get { if let e = explicit { return e.parts.issuerCode }; return code(layout.issuerStart, layout.issuerEnd) }
        set { var p = parts; p.issuerCode = newValue; explicit = Explicit(p) }
    }
    /// For a công văn, the drafting unit (`UDCNTT`); for others the rest.
    public var unitCode: String? {
        get { if let e = explicit { return e.parts.unitCode }; return code(layout.unitStart, layout.unitEnd) }
        set { var p = parts; p.unitCode = newValue; explicit = Explicit(p) }
    }

    /// A number with its parts given (the tests' reference parser).
    init(range: TextRange, text: String, sequence: String, year: Int?, symbolParts: [String], typeCode: String?,
         issuerCode: String?, unitCode: String?, hasSpaces: Bool, isPartyStyle: Bool) {
        self.range = range
        self.text = text
        self.year = year
        self.hasSpaces = hasSpaces
        self.isPartyStyle = isPartyStyle
        self.layout = Layout()
        self.explicit = Explicit(Parts(sequence: sequence, symbolParts: symbolParts, typeCode: typeCode, issuerCode: issuerCode, unitCode: unitCode))
    }

    /// A number whose parts stand in `text` where `layout` says (`NumberParser`).
    init(range: TextRange, text: String, year: Int?, layout: Layout, hasSpaces: Bool, isPartyStyle: Bool) {
        self.range = range
        self.text = text
        self.year = year
        self.hasSpaces = hasSpaces
        self.isPartyStyle = isPartyStyle
        self.layout = layout
        self.explicit = nil
    }

    /// Every part, as the getters give them.
    var parts: Parts {
        if let e = explicit { return e.parts }
        return withRaw { raw in
            Parts(sequence: Self.string(raw, 0, Int(layout.sequenceEnd)),
                  symbolParts: Self.split(raw, Int(layout.symbolStart), Int(layout.symbolEnd)),
                  typeCode: layout.typeStart < 0 ? nil : Self.string(raw, Int(layout.typeStart), Int(layout.typeEnd)),
                  issuerCode: layout.issuerStart < 0 ? nil : Self.string(raw, Int(layout.issuerStart), Int(layout.issuerEnd)),
                  unitCode: layout.unitStart < 0 ? nil : Self.string(raw, Int(layout.unitStart), Int(layout.unitEnd)))
        }
    }

    /// The code at `start..<end` of the bytes, nil when `start` is -1.
    private func code(_ start: Int32, _ end: Int32) -> String? {
        start < 0 ? nil : withRaw { Self.string($0, Int(start), Int(end)) }
    }

    /// `body` on the bytes the layout counts in: `text`'s, without blanks
    /// when `stripped`.
    private func withRaw<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if !layout.stripped, let r = text.utf8.withContiguousStorageIfAvailable(body) { return r }
        var bytes = Array(text.utf8)
        if layout.stripped { bytes.removeAll(where: Bytes.isWhitespace) }
        return bytes.withUnsafeBufferPointer(body)
    }

    @inline(__always)
    static func string(_ raw: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: raw[start..<end]), as: UTF8.self)
    }

    /// `raw[start..<end]` split at every `-`, empty parts kept (one empty
    /// part for an empty symbol).
    static func split(_ raw: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> [String] {
        let dash = UInt8(ascii: "-")
        var dashes = 0
        for k in start..<end where raw[k] == dash { dashes += 1 }
        var groups: [String] = []
        groups.reserveCapacity(dashes + 1)
        var partStart = start
        for k in start..<end where raw[k] == dash {
            groups.append(string(raw, partStart, k))
            partStart = k + 1
        }
        groups.append(string(raw, partStart, end))
        return groups
    }

    /// The number with blanks removed: how it is compared.
    public var normalized: String {
        guard text.utf8.contains(where: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else { return text }
        return String(decoding: text.utf8.filter { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }, as: UTF8.self)
    }

    /// Equal when every field reads the same (the parts compared as the
    /// getters give them, unless both numbers read them from equal texts
    /// through equal layouts).
    public static func == (a: DocumentNumber, b: DocumentNumber) -> Bool {
        guard a.range == b.range, a.year == b.year, a.hasSpaces == b.hasSpaces, a.isPartyStyle == b.isPartyStyle,
              a.text == b.text else { return false }
        if a.explicit == nil && b.explicit == nil && a.layout == b.layout { return true }
        let p = a.parts, q = b.parts
        return p.sequence == q.sequence && p.symbolParts == q.symbolParts && p.typeCode == q.typeCode
            && p.issuerCode == q.issuerCode && p.unitCode == q.unitCode
    }
}

public struct PlaceDateField: Sendable {
    public var range: TextRange
    public var place: Field?
    /// The comma after the place, if any.
    public var comma: TextRange?
    /// `ngày 08 tháng 9 năm 2011` (from `ngày` to the year).
    public var dateRange: TextRange
    public var day: Field?
    public var month: Field?
    public var year: Field?
    /// Valid calendar date; nil for blank templates (`ngày tháng năm 2023`).
    public var date: SimpleDate?
}

// MARK: Title, Kính gửi, preamble

public struct TitleBlock: Sendable {
    /// The type name line (`QUYẾT ĐỊNH`), nil for công văn.
    public var typeName: Field?
    /// The kind the type name denotes (also when OCR lost its diacritics).
    public var typeKind: DocumentKind?
    /// Trích yếu: the title text, or for a công văn the text after `V/v`.
    public var subject: Field?
    /// The `V/v` marker as written (`V/v`, `V/V`, `v/v`, `Về việc`).
    public var vv: Field?
    /// Authority line of a quyết định (`BỘ TRƯỞNG BỘ TƯ PHÁP`).
    public var authority: Field?
}

public struct KinhGuiBlock: Sendable {
    public var range: TextRange
    /// `Kính gửi` as written.
    public var label: Field
    public var colon: TextRange?
    public var items: [ListItem]
    /// True when the single addressee stands on the label's line.
    public var isInline: Bool
}

/// A `-` list item (Kính gửi, Nơi nhận), or an inline addressee.
public struct ListItem: Sendable {
    public var range: TextRange
    /// The marker (`-`, `+`, `•`), nil for an inline addressee.
    public var marker: Field?
    /// The text after the marker, without the final punctuation.
    public var text: Field
    /// The final punctuation (`;`, `.`, `,`), nil when the item ends bare.
    public var terminator: Field?
}

public struct PreambleItem: Sendable {
    public enum Kind: String, Sendable { case canCu = "can-cu", xet, theo, other }
    public var kind: Kind
    public var range: TextRange
    /// The final punctuation of the item, if any.
    public var terminator: Field?
}

// MARK: Structure

public enum StructureLevel: String, Sendable, CaseIterable {
    case phan, chuong, muc, tieuMuc = "tieu-muc", dieu, khoan, diem
    /// Report-style headings: `I.`, `1.`, `a)` outside an article structure.
    case romanHeading = "roman-heading"

    public var rank: Int {
        switch self {
        case .phan: return 0
        case .chuong: return 1
        case .muc: return 2
        case .tieuMuc: return 3
        case .romanHeading: return 3
        case .dieu: return 4
        case .khoan: return 5
        case .diem: return 6
        }
    }
}

public struct StructureNode: Sendable {
    public var level: StructureLevel
    /// The heading line (e.g. `Điều 5. Phạm vi điều chỉnh`).
    public var range: TextRange
    /// The unit word as written (`Điều`, `Chương`, `CHƯƠNG`), nil for khoản/điểm.
    public var keyword: Field?
    /// The number or letter as written (`5`, `II`, `a`).
    public var number: Field
    /// The punctuation after the number (`.` or `)`), if any.
    public var delimiter: Field?
    public var title: Field?
    /// From the heading to the start of the next sibling or parent.
    public var extent: TextRange
    public var children: [StructureNode] = []

    public static func collect(_ level: StructureLevel, in nodes: [StructureNode]) -> [StructureNode] {
        var out: [StructureNode] = []
        func walk(_ ns: [StructureNode]) {
            for n in ns {
                if n.level == level { out.append(n) }
                walk(n.children)
            }
        }
        walk(nodes)
        return out
    }
}

public struct Attachment: Sendable {
    public var range: TextRange
    /// `QUY CHẾ`, `QUY ĐỊNH`, `PHỤ LỤC I`
    public var typeName: Field
    /// `(Ban hành kèm theo Quyết định số …)`
    public var attachedBy: Field?
    public var structure: [StructureNode]
}

// MARK: Signature and Nơi nhận

public struct SignatureBlock: Sendable {
    public var range: TextRange
    /// Lines with an authority prefix (`KT. BỘ TRƯỞNG`, `TM. ỦY BAN NHÂN DÂN`).
    public var authorityLines: [Field]
    /// Title lines (`THỨ TRƯỞNG`, `PHÓ CHỦ TỊCH`).
    public var titleLines: [Field]
    public var name: Field?
}

public struct NoiNhanBlock: Sendable {
    public var range: TextRange
    /// `Nơi nhận` as written.
    public var label: Field
    public var colon: TextRange?
    /// The items, the `Lưu` item included.
    public var items: [ListItem]
    /// Index in `items` of the `Lưu` item, if present.
    public var luuIndex: Int?
    public var luu: ListItem? { luuIndex.map { items[$0] } }
}

// MARK: Inline

public struct AbbreviationDefinition: Sendable {
    /// `CNTT`
    public var abbreviation: Field
    /// `(CNTT)` including the parentheses.
    public var range: TextRange
    /// The words before the parentheses that the abbreviation stands for.
    public var expansion: Field?
}

public struct DateMention: Sendable {
    public var range: TextRange
    public var date: SimpleDate?
}

/// A calendar date with no time zone.
public struct SimpleDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int, month: Int, day: Int
    /// Returns nil for impossible dates (31/4, 29/2 of a common year).
    public init?(year: Int, month: Int, day: Int) {
        guard year >= 1900, year <= 2200, month >= 1, month <= 12, day >= 1 else { return nil }
        let dim = [31, SimpleDate.isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard day <= dim[month - 1] else { return nil }
        self.year = year; self.month = month; self.day = day
    }
    public static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }
    public static func < (a: SimpleDate, b: SimpleDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }
    /// `YYYY-MM-DD`
    public var description: String {
        func pad(_ v: Int, _ w: Int) -> String { let s = String(v); return String(repeating: "0", count: max(0, w - s.count)) + s }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }
    /// 0 = Sunday … 6 = Saturday (Zeller/Sakamoto).
    public var weekday: Int {
        let t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
        let y = month < 3 ? year - 1 : year
        return (y + y / 4 - y / 100 + y / 400 + t[month - 1] + day) % 7
    }
}

/// Documents that follow rules of form other than NĐ 30/2020 (rules.md §13.9).
public enum OutOfScope: String, Sendable {
    /// Communist Party documents (Hướng dẫn 36-HD/VPTW): `ĐẢNG CỘNG SẢN VIỆT
    /// NAM` where the Quốc hiệu stands, numbers such as `215-QĐ/ĐU`.
    case party
    /// Documents of the Ho Chi Minh Communist Youth Union, laid out like
    /// the party's (`ĐOÀN TNCS HỒ CHÍ MINH`, `412-KH/TWĐTN-PTTN`).
    case youthUnion = "youth-union"
    /// Procedural documents of courts and procuracies (a quyết định đưa vụ
    /// án ra xét xử, numbered with a year: `25/2025/QĐXXST-HS`), whose
    /// forms the Hội đồng Thẩm phán prescribes.
    case court
    /// A contract between two parties (`Bên A`, `Bên B`) that no agency
    /// issues: the Civil Code and the Commercial Law govern its form.
    case contract
}
