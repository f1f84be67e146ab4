/// The rules of this group, listed once here (the registry joins the groups).
enum ClosingRules {
    static let all: [any Rule.Type] = [
        AuthorityPrefixFormat.self, SignerAcademicTitle.self, SignerNameCase.self, SignatureMissing.self,
        NoiNhanLabel.self, NoiNhanItems.self, LuuFormat.self, LuuMissing.self, NoiNhanNhuTren.self,
    ]
}
