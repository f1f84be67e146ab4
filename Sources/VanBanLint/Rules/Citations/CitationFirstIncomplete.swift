import VanBan

/// VB407 citation-first-incomplete: the first citation of a document gives
/// its type, number, date, issuer and subject (Luật and Pháp lệnh: type and
/// name).
public struct CitationFirstIncomplete: Rule {
    public init() {}
    public static let metadata = RuleMetadata(
        code: "VB407", name: "citation-first-incomplete", severity: .warning,
        source: "NĐ 30/2020 Phụ lục I, II.6.b (rules.md R-21); NĐ 34/2016 Điều 75 (R-54); TT 01/2011 (R-21, \"có thể\")",
        summary: LocalizedText(vi: "Lần dẫn đầu tiên thiếu thành phần", en: "First citation is incomplete"),
        explanation: LocalizedText(
            vi: "Lần đầu dẫn một văn bản phải ghi đủ tên loại, số, ký hiệu, ngày ban hành, cơ quan ban hành và trích yếu: `Nghị định số 64/2007/NĐ-CP ngày 10/4/2007 của Chính phủ về ứng dụng công nghệ thông tin …`. Luật, pháp lệnh chỉ cần tên loại và tên. Các lần sau chỉ cần tên loại và số, ký hiệu. Văn bản quy phạm pháp luật ban hành từ 01/4/2025 dẫn lần đầu bằng tên loại, số, ký hiệu, cơ quan ban hành và tên, không cần ngày (NĐ 78/2025 Điều 68). Khi trích yếu của văn bản đã dẫn đầy đủ (văn bản sửa đổi nêu văn bản được sửa đổi cùng ngày ban hành), đó là lần dẫn đầu tiên. Mức cảnh báo khi thiếu ngày hoặc cơ quan ban hành của nghị định, thông tư, quyết định, nghị quyết, chỉ thị, pháp lệnh; chỉ ở mức thông tin khi chỉ thiếu trích yếu, khi văn bản được dẫn là công văn, tờ trình, thông báo…, khi một lần dẫn sau có đủ thành phần, hoặc với văn bản theo Thông tư 01/2011 (\"có thể\").",
            en: "The first citation of a document gives its type, number, date, issuer and subject: `Nghị định số 64/2007/NĐ-CP ngày 10/4/2007 của Chính phủ về …`. Laws and ordinances need only type and name. Later citations need only type and number. A legal normative document issued from 01/4/2025 cites a document the first time by type, number, issuer and name, without its date (Decree 78/2025 Art. 68). When the document's own title cites one in full (an amending circular naming the amended one with its date), that is the first citation. A warning when a decree, circular, decision, resolution, directive or ordinance is cited without date or issuer; info only when just the subject is missing, when the cited document is a letter, submission or notice, when a later citation is complete, or under Circular 01/2011 (\"may\")."),
        triggering: [RuleExample("BỘ NỘI VỤ\nSố: 15/BNV-VP\nV/v triển khai công tác văn thư\nHà Nội, ngày 10 tháng 3 năm 2021\n\nKính gửi: Các đơn vị thuộc Bộ\n\nThực hiện Nghị định số 30/2020/NĐ-CP, Bộ Nội vụ đề nghị các đơn vị triển khai.\n", violations: 1)],
        nonTriggering: [RuleExample("QUỐC HỘI\nLuật số: 84/2025/QH15\n\nLUẬT\nBAN HÀNH VĂN BẢN QUY PHẠM PHÁP LUẬT\n\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam đã được sửa đổi, bổ sung một số điều theo Nghị quyết số 203/2025/QH15;\n\nQuốc hội ban hành Luật Ban hành văn bản quy phạm pháp luật.\n"),
                        RuleExample("ỦY BAN NHÂN DÂN TỈNH NINH BÌNH\nSố: 15/QĐ-UBND\nNinh Bình, ngày 10 tháng 3 năm 2021\n\nQUYẾT ĐỊNH\nVề việc thành lập Hội đồng\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nTheo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 12/TTr-SNV ngày 05 tháng 3 năm 2021.\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Thành lập Hội đồng.\n"),
                        RuleExample("BỘ NỘI VỤ\nSố: 15/BNV-VP\nV/v triển khai công tác văn thư\nHà Nội, ngày 10 tháng 3 năm 2021\n\nKính gửi: Các đơn vị thuộc Bộ\n\nThực hiện Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư, Bộ Nội vụ đề nghị các đơn vị triển khai Nghị định số 30/2020/NĐ-CP.\n"),
                        RuleExample("BỘ TÀI CHÍNH\nSố: 12/2021/TT-BTC\nHà Nội, ngày 10 tháng 3 năm 2021\n\nTHÔNG TƯ\nSửa đổi, bổ sung một số điều của Thông tư số 37/2017/TT-BTC ngày 27 tháng 4 năm 2017 của Bộ trưởng Bộ Tài chính quy định về phí\n\nCăn cứ Luật Phí và lệ phí ngày 25 tháng 11 năm 2015;\n\nBộ trưởng Bộ Tài chính ban hành Thông tư sửa đổi.\n\nĐiều 1. Sửa đổi Điều 2 Thông tư số 37/2017/TT-BTC như sau:\n"),
                        RuleExample("BỘ TƯ PHÁP\nSố: 15/BTP-PLHS\nV/v góp ý dự thảo Nghị định\nHà Nội, ngày 10 tháng 9 năm 2025\n\nKính gửi: Bộ Tài chính\n\nBộ Tư pháp nhận được Công văn số 11234/BTC-PC ngày 02 tháng 9 năm 2025 của Bộ Tài chính đề nghị góp ý dự thảo Nghị định sửa đổi, bổ sung một số điều của Nghị định số 125/2020/NĐ-CP ngày 19 tháng 10 năm 2020 của Chính phủ quy định xử phạt vi phạm hành chính về thuế.\n\nVề dự thảo, Bộ Tư pháp đề nghị rà soát Điều 5 Nghị định số 125/2020/NĐ-CP.\n"),
                        RuleExample("BỘ TÀI CHÍNH\nSố: 12/2026/TT-BTC\nHà Nội, ngày 20 tháng 02 năm 2026\n\nTHÔNG TƯ\nHướng dẫn quản lý phí\n\nCăn cứ Nghị định số 29/2025/NĐ-CP của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Tài chính;\n\nBộ trưởng Bộ Tài chính ban hành Thông tư hướng dẫn quản lý phí.\n\nĐiều 1. Phạm vi điều chỉnh\n")])

    /// Words just before a citation that make it a link of an amendment
    /// chain (`Hiến pháp … đã được sửa đổi, bổ sung một số điều theo Nghị
    /// quyết số 203/2025/QH15`), cited by type and number only.
    static let chainCues: [[UInt8]] = ["bởi", "sửa đổi, bổ sung tại", "được sửa đổi tại", "một số điều theo", "sửa đổi, bổ sung theo",
                                       "được sửa đổi theo", "viết tắt là"].map { Array($0.utf8) }
    static let chainCueSet = WordSet(chainCues)

    public func check(_ context: RuleContext) {
        let doc = context.document
        let g = context.analysis.citations
        // A legal normative document from 01/4/2025 cites other documents
        // the first time by type, number, issuer and name: no date (NĐ
        // 78/2025 Điều 68; rules.md R-55).
        // A draft with a blank date (`ngày  tháng  năm 2025`) counts by its year.
        let blankDateYear = doc.date == nil ? doc.header.placeDate?.year.flatMap { Int($0.text) } : nil
        let dateNotRequired = context.regime == .qppl && (doc.date.map { $0 >= Self.nd78 } ?? (blankDateYear.map { $0 >= 2025 } ?? false))
        // Numbers cited with a date inside other citations' trích yếu (made
        // on first need).
        var nested: [[UInt8]: Int]?
        let zone = CitationChecks.TitleOrHeader(doc)
        // (The documents read in place: a `CitedDocument` copied is a
        // retain of each of its strings and arrays.)
        for di in g.documents.indices {
            let mentions = g.documents[di].mentions
            // The mentions outside the title block and header count; the
            // first of them (no array of them: made for every document).
            guard let first = mentions.first(where: { !zone.contains(g.citations[$0].range.start) }) else { continue }
            // The trích yếu of an amending document names the amended one in
            // full ("… sửa đổi Thông tư số 37/2017/TT-BTC ngày 27 tháng 4 năm
            // 2017 của Bộ trưởng …"): that is its first citation.
            if mentions.contains(where: { m in
                let t = g.citations[m]
                return t.date != nil && zone.contains(t.range.start)
            }) { continue }
            let c = g.citations[first]
            guard c.form == .numbered, c.number?.isPartyStyle == false, c.typeNameRange != nil, !c.isLawByName,
                  !CitationChecks.isGenericTypeName(c, at: first, context), let n = c.number else { continue }
            var missing = CitationChecks.missingParts(c)
            if dateNotRequired { missing.remove(.date) }
            // A document citing one of its own issuer's documents may leave
            // the issuer out ("Chính phủ ban hành Nghị định sửa đổi … Nghị
            // định số 01/2015/NĐ-CP ngày …").
            if c.issuerRange == nil, let own = doc.header.number?.number.issuerCode, own == n.issuerCode {
                missing.remove(.issuer)
            }
            // The date or issuer may stand earlier in the same sentence
            // ("Ngày 08/12/2023, Bộ trưởng Bộ Tư pháp đã ban hành Quyết định
            // số …", "Thủ tướng Chính phủ tại Chỉ thị số …").
            if !missing.isDisjoint(with: [.date, .issuer]) {
                let before = Self.sentenceBefore(doc, c.range.start)
                // (One pass over the sentence for the nineteen words.)
                let found = Self.issuerWordSet.occurring(in: doc.clean, from: before.start, to: before.end)
                if found & 0b11 != 0 {
                    missing.remove(.date)
                }
                if found & ~0b11 != 0 {
                    missing.remove(.issuer)
                }
            }
            // "Theo đề nghị của Giám đốc Sở … tại Tờ trình số … ngày …": a
            // proposal is cited by number and date, the form's own wording.
            if missing.contains(.subject), CitationChecks.inPreamble(doc, c.range.start) {
                let before = Self.sentenceBefore(doc, c.range.start)
                if Self.proposalCues.contains(where: { Bytes.find($0, in: doc.clean, from: before.start, to: before.end) != nil }) {
                    missing.remove(.subject)
                }
            }
            guard !missing.isEmpty else { continue }
            // Cited in full earlier inside another citation's trích yếu (`Công
            // văn số … đề nghị góp ý dự thảo Nghị định sửa đổi … Nghị định số
            // 125/2020/NĐ-CP ngày 19 tháng 10 năm 2020 của Chính phủ …`), which
            // the extractor reads as that citation's subject.
            if nested == nil { nested = Self.datedInSubjects(doc.clean, g.citations) }
            // (The number's key made only when some number was found there.)
            if nested?.isEmpty == false, let at = nested?[Self.numberKey(doc.clean, n.range)], at < c.range.start { continue }
            // Tables of documents (columns give the facts) and amendment
            // chains ("được sửa đổi, bổ sung bởi Nghị định số …", cited by
            // type and number only: NĐ 78/2025 Điều 68 as amended) are not
            // running-text first citations.
            if CitationChecks.inTable(doc, c.range.start) { continue }
            // "(Ban hành kèm theo Quyết định số … ngày … của …)" under an
            // attached text: its template names no trích yếu.
            // (In parentheses: a wrapped sentence going on with "kèm theo
            // Quyết định số …" still names its trích yếu.)
            if missing == .subject, case let line = doc.source.line(of: c.range.start), doc.isAttachedByLine(line),
               doc.clean[doc.lines[line].trimmed.start] == UInt8(ascii: "(") { continue }
            // A title in capitals ("… QUYẾT ĐỊNH SỐ 1899/QĐ-TTG NGÀY 04/9/2025 …").
            if let t = c.typeName?.text, !Self.hasASCIILowercase(t), t == t.uppercased() { continue }
            if Self.chainCueSet.occurring(in: doc.clean, from: max(0, c.range.start - 40), to: c.range.start) != 0 { continue }
            let laterComplete = mentions.contains { m in
                m != first && CitationChecks.isComplete(g.citations[m]) && !zone.contains(g.citations[m].range.start)
            }
            // Lower confidence: only the subject missing (common and often
            // given by the V/v line), an incoming letter (công văn, tờ trình,
            // thông báo), a later complete citation, or the TT 01 regime.
            let onlySubject = c.date != nil && c.issuerRange != nil
            let lowConfidence = onlySubject || laterComplete || context.regime == .tt01 || !(c.kind.map(Self.formalKinds.contains) ?? false)
            let sev: Severity? = lowConfidence ? .info : nil
            // (The message is written when read: this rule has many findings.)
            let parts = missing
            context.report(c.range, LocalizedText(deferred: { lang in
                lang == .vi ? "Lần dẫn đầu tiên \(CitationChecks.label(c)) thiếu: \(parts.names(.vi))"
                            : "First citation of \(CitationChecks.label(c)) lacks: \(parts.names(.en))" }), severity: sev)
        }
    }

    /// Whether `s` has a byte `a`…`z`: then it differs from its upper
    /// case (upper-casing maps that letter to `A`…`Z` and makes no
    /// lower-case ASCII letter, decomposed or not), and the costly
    /// `uppercased()` comparison is not needed.
    static func hasASCIILowercase(_ s: String) -> Bool {
        s.utf8.contains { $0 >= 0x61 && $0 <= 0x7A }
    }

    /// The bytes of a number, blanks left out (`30/2020/NĐ-CP`).
    static func numberKey(_ b: [UInt8], _ r: TextRange) -> [UInt8] {
        b[r.start..<r.end].filter { !Bytes.isWhitespace($0) }
    }

    /// The numbers followed by ` ngày` inside the issuer or trích yếu of citations
    /// (`… góp ý dự thảo Nghị định sửa đổi … Nghị định số 125/2020/NĐ-CP
    /// ngày 19 tháng 10 năm 2020 …`), each with its first offset: full
    /// citations the extractor read as part of another's subject. One pass
    /// over the subjects.
    static func datedInSubjects(_ b: [UInt8], _ citations: [Citation]) -> [[UInt8]: Int] {
        let ngay = Array(" ngày".utf8)
        var out: [[UInt8]: Int] = [:]
        func scan(_ r: TextRange) {
            // (An issuer may end with the nested number, its date after it.)
            var from = r.start
            while let i = Bytes.find(ngay, in: b, from: from, to: min(r.end + ngay.count, b.count)) {
                // The token before ` ngày`: a number holds a `/`.
                var s = i
                while s > r.start && !Bytes.isWhitespace(b[s - 1]) { s -= 1 }
                if i - s >= 6, b[s..<i].contains(UInt8(ascii: "/")) {
                    let key = Array(b[s..<i])
                    if out[key] == nil { out[key] = s }
                }
                from = i + ngay.count
            }
        }
        // The issuer, then the subject, of each citation (no array of the
        // two ranges: this runs over every citation).
        // (Read in place: no citation copied.)
        for i in citations.indices {
            if let r = citations[i].issuerRange { scan(r) }
            if let r = citations[i].subjectRange { scan(r) }
        }
        return out
    }

    /// NĐ 78/2025/NĐ-CP takes effect.
    static let nd78 = SimpleDate(year: 2025, month: 4, day: 1)!

    /// The wording of a proposal line of the preamble.
    static let proposalCues: [[UInt8]] = ["đề nghị của", "Đề nghị của"].map { Array($0.utf8) }

    /// The kinds whose first citation must give date and issuer (a warning).
    static let formalKinds: Set<DocumentKind> = [.nghiDinh, .thongTu, .thongTuLienTich, .quyetDinh, .nghiQuyet, .nghiQuyetLienTich, .chiThi, .phapLenh]

    /// "ngày"/"Ngày" (the date), then the words that name an issuer.
    static let issuerWordSet = WordSet(issuerWords)
    static let issuerWords: [[UInt8]] = ["ngày", "Ngày", "Chính phủ", "Thủ tướng", "Bộ trưởng", "Bộ ", "Ủy ban", "Hội đồng", "Quốc hội", "Chủ tịch", "Thống đốc", "Tổng cục", "Cục trưởng", "Giám đốc", "Sở ", "Chủ nhiệm", "Trưởng ", "Chánh ", "Viện trưởng"].map { Array($0.utf8) }

    /// The sentence before `offset` (back to `.`, `;` or a blank line, at most 200 bytes).
    static func sentenceBefore(_ doc: Document, _ offset: Int) -> TextRange {
        let b = doc.clean
        var i = offset
        let limit = max(0, offset - 200)
        while i > limit {
            let c = b[i - 1]
            if c == UInt8(ascii: ".") || c == UInt8(ascii: ";") { break }
            if c == 0x0A, i >= 2, b[i - 2] == 0x0A { break }
            i -= 1
        }
        return TextRange(i, offset)
    }
}

/// A few words searched for together in short stretches of text (a
/// sentence, the bytes before a citation): one pass over the bytes, where
/// a byte is compared further only with the words that open with it,
/// instead of one search per word (each with its own set-up).
struct WordSet {
    let words: [[UInt8]]
    /// For each byte value, the words that open with it (bit k: `words[k]`).
    let byFirst: [UInt32]

    init(_ words: [[UInt8]]) {
        precondition(words.count <= 32 && words.allSatisfy { !$0.isEmpty })
        self.words = words
        var t = [UInt32](repeating: 0, count: 256)
        for (k, w) in words.enumerated() { t[Int(w[0])] |= 1 << UInt32(k) }
        byFirst = t
    }

    /// The words that occur wholly inside `b[from..<to]` (bit k:
    /// `words[k]`): for each word, the same as
    /// `Bytes.find(word, in: b, from: from, to: to) != nil`.
    func occurring(in b: [UInt8], from: Int, to: Int) -> UInt32 {
        let end = min(to, b.count)
        guard from >= 0, from < end else { return 0 }
        var found: UInt32 = 0
        var i = from
        while i < end {
            var cand = byFirst[Int(b[i])] & ~found
            while cand != 0 {
                let k = cand.trailingZeroBitCount
                cand &= cand - 1
                let w = words[k]
                guard w.count <= end - i else { continue }
                var j = 1
                while j < w.count && b[i + j] == w[j] { j += 1 }
                if j == w.count { found |= 1 << UInt32(k) }
            }
            i += 1
        }
        return found
    }
}
