/// The rules of this group, listed once here (the registry joins the groups).
enum CitationRules {
    static let all: [any Rule.Type] = []
}
