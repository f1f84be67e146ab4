/// The rules of this group, listed once here (the registry joins the groups).
enum HeaderRules {
    static let all: [any Rule.Type] = [
        QuocHieuMissing.self, QuocHieuFormat.self, TieuNguFormat.self, SoLabelFormat.self, NumberLeadingZero.self,
        NumberNoSpaces.self, SymbolCase.self, TypeCodeMatchesTitle.self, CongVanSymbol.self, DateLineFormat.self,
        DateZeroPadding.self, DateValid.self, AdminNumberNoYear.self, UrgencyMark.self, AgencyMissing.self,
    ]
}
