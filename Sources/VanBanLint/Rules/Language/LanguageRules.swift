/// The rules of this group, listed once here (the registry joins the groups).
enum LanguageRules {
    static let all: [any Rule.Type] = [
        AgencyNameCapitalisation.self, TitleCapitalisation.self, TrungUongCapitalisation.self, GenericNounCapitalised.self,
        AbbreviationDefinedFirst.self, SentenceStartCapital.self, AdminUnitCapitalisation.self, WeekdayCapitalisation.self,
    ]
}
