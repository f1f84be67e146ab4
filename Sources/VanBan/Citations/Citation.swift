/// A reference to a document (or to a unit of one) found in the text.
///
/// `Nghị định số 64/2007/NĐ-CP ngày 10/4/2007 của Chính phủ về ứng dụng …`
/// gives `typeName` "Nghị định", `so` true, `number` 64/2007/NĐ-CP, `date`
/// 2007-04-10, `issuer` "Chính phủ", `subject` "ứng dụng …".
public struct Citation: Sendable {
    public enum Form: String, Sendable {
        /// Has a number/symbol.
        case numbered
        /// A law or code named by its title (`Luật Tổ chức Chính phủ`).
        case named
        /// `Nghị định này`, `Quyết định này`, `Điều này`, `nêu trên`, `đã dẫn`.
        case deictic
        /// Only units, pointing into the citing document (`khoản 2 Điều 5`).
        case internalUnits = "internal"
    }

    /// The fields, in one box shared by copies (copy on write): a
    /// `Citation` is copied by the extractor, the resolver and every rule
    /// that iterates the citations, and copying the box costs one retain
    /// where copying a dozen fields (strings, arrays) cost a retain each.
    /// A box is only written while unique (`uniqueStorage`), under the
    /// static exclusivity of the `Citation` being mutated, so its fields
    /// need no dynamic exclusivity check (`swift_beginAccess` on every read).
    ///
    /// The box and its fields are visible to the modules that read
    /// citations (`@usableFromInline`) so that the getters below inline
    /// there: a rule that reads `number?.year` loads one field instead of
    /// calling a getter that copies the whole `DocumentNumber` (retaining
    /// each of its strings) and releases it again.
    @usableFromInline
    final class Storage: @unchecked Sendable {
        @usableFromInline @exclusivity(unchecked) var form: Form
        @usableFromInline @exclusivity(unchecked) var range: TextRange
        @usableFromInline @exclusivity(unchecked) var typeName: Field? = nil
        @usableFromInline @exclusivity(unchecked) var kind: DocumentKind? = nil
        @usableFromInline @exclusivity(unchecked) var hasSo: Bool = false
        @usableFromInline @exclusivity(unchecked) var number: DocumentNumber? = nil
        @usableFromInline @exclusivity(unchecked) var dateField: Field? = nil
        @usableFromInline @exclusivity(unchecked) var date: SimpleDate? = nil
        @usableFromInline @exclusivity(unchecked) var issuer: Field? = nil
        @usableFromInline @exclusivity(unchecked) var subject: Field? = nil
        @usableFromInline @exclusivity(unchecked) var name: Field? = nil
        @usableFromInline @exclusivity(unchecked) var units: [UnitReference] = []
        @usableFromInline @exclusivity(unchecked) var deixis: Field? = nil
        @usableFromInline @exclusivity(unchecked) var year: Int? = nil
        @usableFromInline @exclusivity(unchecked) var separators: [TextRange] = []

        init(form: Form, range: TextRange) {
            self.form = form
            self.range = range
        }

        /// A copy of `other`, for the first mutation of a shared box.
        init(copying other: Storage) {
            form = other.form
            range = other.range
            typeName = other.typeName
            kind = other.kind
            hasSo = other.hasSo
            number = other.number
            dateField = other.dateField
            date = other.date
            issuer = other.issuer
            subject = other.subject
            name = other.name
            units = other.units
            deixis = other.deixis
            year = other.year
            separators = other.separators
        }
    }

    @usableFromInline var storage: Storage

    /// The box, copied first if another `Citation` shares it.
    private mutating func uniqueStorage() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = Storage(copying: storage) }
        return storage
    }

    public var form: Form {
        @inlinable get { storage.form }
        _modify { yield &uniqueStorage().form }
    }
    /// From the first unit word or type name to the end of the last part found.
    public var range: TextRange {
        @inlinable get { storage.range }
        _modify { yield &uniqueStorage().range }
    }
    /// The type name as written (`Nghị định`, `nghị định`, `Luật`, `văn bản`).
    public var typeName: Field? {
        @inlinable get { storage.typeName }
        _modify { yield &uniqueStorage().typeName }
    }
    /// The kind the type name denotes.
    public var kind: DocumentKind? {
        @inlinable get { storage.kind }
        _modify { yield &uniqueStorage().kind }
    }
    /// Whether `số` precedes the number.
    public var hasSo: Bool {
        @inlinable get { storage.hasSo }
        _modify { yield &uniqueStorage().hasSo }
    }
    public var number: DocumentNumber? {
        @inlinable get { storage.number }
        _modify { yield &uniqueStorage().number }
    }
    /// `ngày 10/4/2007` / `ngày 05 tháng 3 năm 2020`.
    public var dateField: Field? {
        @inlinable get { storage.dateField }
        _modify { yield &uniqueStorage().dateField }
    }
    public var date: SimpleDate? {
        @inlinable get { storage.date }
        _modify { yield &uniqueStorage().date }
    }
    /// `Chính phủ` from `của Chính phủ`.
    public var issuer: Field? {
        @inlinable get { storage.issuer }
        _modify { yield &uniqueStorage().issuer }
    }
    /// `ứng dụng công nghệ …` from `về ứng dụng công nghệ …`.
    public var subject: Field? {
        @inlinable get { storage.subject }
        _modify { yield &uniqueStorage().subject }
    }
    /// For a named law: its name (`Tổ chức Chính phủ`).
    public var name: Field? {
        @inlinable get { storage.name }
        _modify { yield &uniqueStorage().name }
    }
    /// Unit chain before the document, smallest first as written.
    public var units: [UnitReference] {
        @inlinable get { storage.units }
        _modify { yield &uniqueStorage().units }
    }
    /// For deictic references: the word (`này`, `nêu trên`, `đã dẫn`, `trên`).
    public var deixis: Field? {
        @inlinable get { storage.deixis }
        _modify { yield &uniqueStorage().deixis }
    }
    /// The year given with a law's name (`Luật Đất đai năm 2013`) or with
    /// the date; nil when neither is written.
    public var year: Int? {
        @inlinable get { storage.year }
        _modify { yield &uniqueStorage().year }
    }
    /// Commas written inside the unit chain or between the chain and the
    /// document (`Điều 46, Nghị định số …`): R-24 wants none.
    public var separators: [TextRange] {
        @inlinable get { storage.separators }
        _modify { yield &uniqueStorage().separators }
    }

    /// The ranges of the fields read by rules that only test whether a
    /// field is there or where it stands: read in the box, without copying
    /// the field (a copy retains the storage its text is read from, and
    /// is released again).
    public var typeNameRange: TextRange? { @inlinable get { storage.typeName?.range } }
    public var issuerRange: TextRange? { @inlinable get { storage.issuer?.range } }
    public var subjectRange: TextRange? { @inlinable get { storage.subject?.range } }
    public var dateFieldRange: TextRange? { @inlinable get { storage.dateField?.range } }
    /// Parts of the number read on the number in the box (`number?.typeCode`
    /// and so on copy the whole number first, a retain of its text).
    public var numberTypeCode: String? { @inlinable get { storage.number?.typeCode } }
    public var numberIssuerCode: String? { @inlinable get { storage.number?.issuerCode } }
    public var numberSymbolPartCount: Int? { @inlinable get { storage.number?.symbolPartCount } }

    /// Whether the type name is a law-like name cited by title (Luật, Bộ luật,
    /// Pháp lệnh, Hiến pháp).
    public var isLawByName: Bool {
        guard let k = kind else { return typeName?.text.lowercased() == "hiến pháp" }
        return k == .luat || k == .boLuat || k == .phapLenh
    }

    public init(form: Form, range: TextRange) {
        storage = Storage(form: form, range: range)
    }
}

/// One unit in a chain such as `điểm a khoản 2 Điều 5`.
public struct UnitReference: Sendable, Equatable {
    public enum Unit: String, Sendable, CaseIterable {
        case diem, khoan, dieu, tieuMuc = "tieu-muc", muc, chuong, phan, phuLuc = "phu-luc"
        /// Order from small to large.
        public var rank: Int {
            switch self {
            case .diem: return 0
            case .khoan: return 1
            case .dieu: return 2
            case .tieuMuc: return 3
            case .muc: return 4
            case .chuong: return 5
            case .phan: return 6
            case .phuLuc: return 7
            }
        }
    }
    public var unit: Unit
    /// The unit word as written (`Điều`, `điều`, `Khoản`).
    public var keyword: Field
    /// The numbers or letters (`5`, or `5`, `6`, `7` for `Điều 5, 6 và 7`),
    /// made from `first` and `otherNumbers` when read: most units have one
    /// number, kept in the unit itself, so that a unit costs no array of
    /// its own to make and to free. (Code that reads every unit reads
    /// `numberCount`, `firstNumber` and `number(_:)`, which make no array.)
    public var numbers: [Field] {
        get { numberCount == 0 ? [] : otherNumbers.isEmpty ? [first] : [first] + otherNumbers }
        set {
            first = newValue.first ?? Self.noNumber
            otherNumbers = newValue.count > 1 ? Array(newValue.dropFirst()) : []
            numberCount = newValue.count
        }
    }
    /// The first of `numbers`; `noNumber` when there are none. (Not an
    /// optional: a `Field?` in the unit made every copy of a unit a call
    /// of its value witness.)
    @usableFromInline private(set) var first: Field
    /// The rest of `numbers`, after the first (empty when there are none).
    @usableFromInline private(set) var otherNumbers: [Field]
    /// `numbers.count`.
    public private(set) var numberCount: Int
    public var range: TextRange

    /// `first` of a unit without numbers (units are compared on it).
    @usableFromInline static var noNumber: Field { Field(range: TextRange(0, 0), text: "") }

    /// The first of `numbers`; nil when there are none.
    @inlinable public var firstNumber: Field? { numberCount == 0 ? nil : first }
    /// `numbers[i]`, for `i` in `0..<numberCount`.
    @inlinable public func number(_ i: Int) -> Field { i == 0 ? first : otherNumbers[i - 1] }

    init(unit: Unit, keyword: Field, numbers: [Field], range: TextRange) {
        self.init(unit: unit, keyword: keyword, firstNumber: numbers.first, otherNumbers: numbers.count > 1 ? Array(numbers.dropFirst()) : [], range: range)
    }

    /// `otherNumbers` must be empty when `firstNumber` is nil.
    init(unit: Unit, keyword: Field, firstNumber: Field?, otherNumbers: [Field], range: TextRange) {
        self.unit = unit
        self.keyword = keyword
        first = firstNumber ?? Self.noNumber
        self.otherNumbers = otherNumbers
        numberCount = firstNumber == nil ? 0 : 1 + otherNumbers.count
        self.range = range
    }
}
