/// Phone numbers as Connect writes them: E.164 (`+447700900123`), the form of
/// `CustomerEndpoint.Address` for a telephone number.
public enum PhoneNumber {
    /// `text` in E.164: an international number as it is (`+44 7700 900123`, `0044…`), a
    /// national one (`07700 900123`) with the default country code. Nil for what is not a
    /// number (`anonymous`, a withheld caller) or has not 8 to 15 digits (E.164's maximum).
    public static func e164(_ text: String, defaultCountryCode: String = "44") -> String? {
        let kept = text.filter { !" -().".contains($0) }
        let digits: Substring
        if kept.hasPrefix("+") {
            digits = kept.dropFirst()
        } else if kept.hasPrefix("00") {
            digits = kept.dropFirst(2)
        } else if kept.hasPrefix("0") {
            digits = Substring(defaultCountryCode + kept.dropFirst())
        } else {
            return nil
        }
        guard (8...15).contains(digits.count), digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber), digits.first != "0" else {
            return nil
        }
        return "+" + digits
    }
}
