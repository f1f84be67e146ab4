import VanBan

/// VB409 citation-conflict: one number cited with different dates, issuers
/// or types in one text.
public struct CitationConflict: Rule {
    public init() {}
    public static let metadata = RuleMetadata(
        code: "VB409", name: "citation-conflict", severity: .warning, appliesToNonDocuments: true,
        source: "NĐ 30/2020 Phụ lục I, II.6.b (rules.md R-21, R-22)",
        summary: LocalizedText(vi: "Cùng số, ký hiệu nhưng ngày, cơ quan hoặc tên loại khác nhau", en: "One number cited with different dates, issuers or types"),
        explanation: LocalizedText(
            vi: "Một số, ký hiệu chỉ thuộc một văn bản. Nếu hai lần dẫn cùng số lại ghi ngày, cơ quan ban hành hoặc tên loại khác nhau thì một trong hai lần đã chép sai. Phát hiện chỉ ra cả lần dẫn trước.",
            en: "A number belongs to one document. Two citations of it with different dates, issuers or types mean one of them is wrong; the finding points at the earlier one too."),
        triggering: [RuleExample("Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư. Theo Nghị định số 30/2020/NĐ-CP ngày 15/3/2020 của Chính phủ, văn bản phải có số.", violations: 1)],
        nonTriggering: [RuleExample("Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư. Theo Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ, văn bản phải có số.")])

    public func check(_ context: RuleContext) {
        let g = context.analysis.citations
        // Issuer comparisons are memoised: a much-cited document compares the
        // same few issuer texts many times.
        var memo: [PairKey: Bool] = [:]
        func different(_ a: String, _ b: String) -> Bool {
            if a == b { return false }
            let key = PairKey(a: HashedKey(a), b: HashedKey(b))
            if let r = memo[key] { return r }
            let r = differentBodies(a, b, &context.analysis.issuers)
            memo[key] = r
            return r
        }
        // Party numbers (`07-NQ/TW`) restart with each term: not compared.
        // (The documents read in place: a `CitedDocument` copied is a retain
        // of each of its strings and arrays, and most are cited once.)
        for di in g.documents.indices where g.documents[di].mentions.count > 1 && g.documents[di].number?.isPartyStyle != true {
            let mentions = g.documents[di].mentions
            // Each mention is compared with the earlier ones in order and
            // reported against the first that conflicts. Whether an earlier
            // mention conflicts depends only on its `Signature`, so the first
            // that conflicts is always the first of its signature: only those
            // are kept (in order), which makes a much-cited number linear
            // instead of quadratic. A text citing one number in more than
            // `maxSignatures` different ways is compared with the first ones.
            // (The signatures seen are few, at most `maxSignatures`: a list
            // searched in order costs less than a set made per document.)
            var firsts: [Int] = []
            var seen: [Signature] = []
            for (k, m) in mentions.enumerated() {
                let c = g.citations[m]
                defer {
                    if firsts.count < Self.maxSignatures, case let s = Signature(c, generic: CitationChecks.isGenericTypeName(c, at: m, context), clean: context.clean), !seen.contains(s) {
                        seen.append(s)
                        firsts.append(m)
                    }
                }
                guard k > 0 else { continue }
                for e in firsts {
                    let p = g.citations[e]
                    // A law's date after "Luật sửa đổi, bổ sung một số điều của Luật …" is
                    // the amending law's: laws by name are not compared by date.
                    if c.form == .numbered, p.form == .numbered, let a = c.date, let b = p.date, a != b, let f = c.dateField, let pf = p.dateField {
                        let label = CitationChecks.label(c), date = CitationChecks.bareDate(f.text), earlier = CitationChecks.bareDate(pf.text)
                        report(context, c, f.range, pf.range,
                               LocalizedText(vi: "\(label) được dẫn với ngày \(date), trước đó là ngày \(earlier)",
                                             en: "\(label) is cited dated \(date), earlier \(earlier)"))
                        break
                    }
                    if let a = c.kind, let b = p.kind, a != b, !CitationChecks.isGenericTypeName(c, at: m, context), !CitationChecks.isGenericTypeName(p, at: e, context),
                       a != .congVan, b != .congVan, let t = c.typeName, let pt = p.typeName {
                        report(context, c, t.range, pt.range,
                               LocalizedText(vi: "Số \(c.number?.normalized ?? "") được dẫn là \"\(t.text)\", trước đó là \"\(pt.text)\"",
                                             en: "Number \(c.number?.normalized ?? "") is cited as \"\(t.text)\", earlier as \"\(pt.text)\""))
                        break
                    }
                    // (Issuers of equal bytes are equal texts, never different:
                    // the texts are made only for issuers written differently.)
                    if let ar = c.issuerRange, let br = p.issuerRange, !FieldBytes.same(context.clean, ar, br),
                       let a = c.issuer, let b = p.issuer, different(a.text, b.text) {
                        let label = CitationChecks.label(c), issuer = a.text, earlier = b.text
                        report(context, c, a.range, b.range,
                               LocalizedText(vi: "\(label) được dẫn là của \"\(issuer)\", trước đó là của \"\(earlier)\"",
                                             en: "\(label) is cited as issued by \"\(issuer)\", earlier by \"\(earlier)\""))
                        break
                    }
                }
            }
        }
    }

    /// Everything about an earlier mention that decides whether a later
    /// one conflicts with it (the three tests of `check`).
    struct Signature: Equatable {
        /// The date, when the mention is numbered and its date is written.
        var date: SimpleDate?
        /// The kind, when its type name is specific (not `văn bản`, not a công văn).
        var kind: DocumentKind?
        /// The issuer's text, compared by its bytes: texts of one
        /// NFC-normalised document are equivalent only when their bytes are
        /// equal. Its bytes in the clean view (`FieldBytes`: a citation's
        /// text is those bytes), with their hash, compared first.
        var issuer: ArraySlice<UInt8>?
        var issuerHash: UInt64 = 0

        /// `generic`: `CitationChecks.isGenericTypeName(p)`.
        init(_ p: Citation, generic: Bool, clean: [UInt8]) {
            date = p.form == .numbered && p.dateFieldRange != nil ? p.date : nil
            if let k = p.kind, !generic, k != .congVan, p.typeNameRange != nil { kind = k } else { kind = nil }
            if let r = p.issuerRange {
                let bytes = clean[r.start..<r.end]
                issuer = bytes
                issuerHash = bytes.withUnsafeBufferPointer { HashedKey.bytesHash($0) }
            } else {
                issuer = nil
            }
        }

        static func == (a: Signature, b: Signature) -> Bool {
            a.issuerHash == b.issuerHash && a.date == b.date && a.kind == b.kind && a.issuer == b.issuer
        }
    }

    /// Two issuer texts, in order.
    struct PairKey: Hashable {
        var a: HashedKey
        var b: HashedKey
    }

    /// How many different signatures of one number are kept for comparison.
    static let maxSignatures = 64

    /// Two written issuers that name different known bodies.
    func differentBodies(_ a: String, _ b: String, _ issuers: inout IssuerMemo) -> Bool {
        let fa = issuers.folded(a), fb = issuers.folded(b)
        if fa.string == fb.string || Issuers.contains(fa, fb) || Issuers.contains(fb, fa) { return false }
        let ca = issuers.codes(a), cb = issuers.codes(b)
        return ca != 0 && cb != 0 && ca & cb == 0
    }

    func report(_ context: RuleContext, _ c: Citation, _ at: TextRange, _ earlier: TextRange, _ msg: LocalizedText) {
        context.report(at, msg, related: [RelatedLocation(range: earlier, message: LocalizedText(vi: "lần dẫn trước", en: "earlier citation"))])
    }
}
