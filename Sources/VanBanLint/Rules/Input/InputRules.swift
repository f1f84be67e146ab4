/// The rules of this group, listed once here (the registry joins the groups).
enum InputRules {
    static let all: [any Rule.Type] = [
        NonNFCText.self, LegacyEncoding.self, MixedTonePlacement.self, TypingLeftover.self,
        InvisibleCharacters.self, Spacing.self, UnusedSuppression.self,
    ]
}
