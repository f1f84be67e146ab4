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

    public var form: Form
    /// From the first unit word or type name to the end of the last part found.
    public var range: TextRange
    /// The type name as written (`Nghị định`, `nghị định`, `Luật`, `văn bản`).
    public var typeName: Field?
    /// The kind the type name denotes.
    public var kind: DocumentKind?
    /// Whether `số` precedes the number.
    public var hasSo: Bool = false
    public var number: DocumentNumber?
    /// `ngày 10/4/2007` / `ngày 05 tháng 3 năm 2020`.
    public var dateField: Field?
    public var date: SimpleDate?
    /// `Chính phủ` from `của Chính phủ`.
    public var issuer: Field?
    /// `ứng dụng công nghệ …` from `về ứng dụng công nghệ …`.
    public var subject: Field?
    /// For a named law: its name (`Tổ chức Chính phủ`).
    public var name: Field?
    /// Unit chain before the document, smallest first as written.
    public var units: [UnitReference] = []
    /// For deictic references: the word (`này`, `nêu trên`, `đã dẫn`, `trên`).
    public var deixis: Field?
    /// The year given with a law's name (`Luật Đất đai năm 2013`) or with
    /// the date; nil when neither is written.
    public var year: Int?
    /// Commas written inside the unit chain or between the chain and the
    /// document (`Điều 46, Nghị định số …`): R-24 wants none.
    public var separators: [TextRange] = []

    /// Whether the type name is a law-like name cited by title (Luật, Bộ luật,
    /// Pháp lệnh, Hiến pháp).
    public var isLawByName: Bool {
        guard let k = kind else { return typeName?.text.lowercased() == "hiến pháp" }
        return k == .luat || k == .boLuat || k == .phapLenh
    }

    public init(form: Form, range: TextRange) {
        self.form = form
        self.range = range
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
    /// The numbers or letters (`5`, or `5`, `6`, `7` for `Điều 5, 6 và 7`).
    public var numbers: [Field]
    public var range: TextRange
}
