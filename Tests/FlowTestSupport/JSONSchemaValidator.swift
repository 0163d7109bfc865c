import Foundation

/// A JSON Schema (draft-07) validator for the keywords `grammar/flowc.schema.json` uses. It
/// rejects any keyword it does not implement, so the schema test cannot pass by ignoring a rule.
public struct JSONSchemaValidator {
    static let annotations: Set<String> = ["$schema", "$id", "title", "description", "definitions", "default", "examples"]
    let root: [String: Any]

    public init(schema: [String: Any]) { root = schema }

    /// Every violation, as `path: message`.
    public func errors(in instance: Any) -> [String] { validate(instance, root, path: "$") }

    private func validate(_ value: Any, _ schema: [String: Any], path: String) -> [String] {
        var errors: [String] = []
        for (keyword, rule) in schema {
            switch keyword {
            case _ where Self.annotations.contains(keyword): continue
            case "$ref": errors += validate(value, resolve(rule as! String), path: path)
            case "type": if !typeMatches(value, rule) { errors.append("\(path): expected \(rule), found \(Swift.type(of: value))") }
            case "enum": if !(rule as! [Any]).contains(where: { equal($0, value) }) { errors.append("\(path): \(value) not in enum") }
            case "const": if !equal(rule, value) { errors.append("\(path): not \(rule)") }
            case "minLength":
                if let string = value as? String, string.count < (rule as! Int) { errors.append("\(path): too short") }
            case "pattern":
                if let string = value as? String, string.range(of: rule as! String, options: .regularExpression) == nil {
                    errors.append("\(path): '\(string)' does not match \(rule)")
                }
            case "minimum", "maximum", "exclusiveMinimum":
                if let number = number(value) {
                    let bound = (rule as! NSNumber).doubleValue
                    let outside = switch keyword {
                    case "minimum": number < bound
                    case "maximum": number > bound
                    default: number <= bound
                    }
                    if outside { errors.append("\(path): \(number) out of range") }
                }
            case "properties", "additionalProperties", "patternProperties", "required", "propertyNames",
                "minProperties", "maxProperties":
                errors += validateObject(value, keyword, rule, schema, path: path)
            case "items", "minItems":
                errors += validateArray(value, keyword, rule, path: path)
            case "uniqueItems":
                if rule as? Bool == true, let array = value as? [Any],
                   array.indices.contains(where: { index in array[..<index].contains { equal($0, array[index]) } }) {
                    errors.append("\(path): items repeat")
                }
            case "oneOf", "anyOf":
                let matches = (rule as! [[String: Any]]).filter { validate(value, $0, path: path).isEmpty }.count
                if keyword == "oneOf" ? matches != 1 : matches == 0 { errors.append("\(path): \(matches) of \(keyword) match") }
            default:
                errors.append("\(path): unsupported schema keyword '\(keyword)'")
            }
        }
        return errors
    }

    private func validateObject(_ value: Any, _ keyword: String, _ rule: Any, _ schema: [String: Any], path: String) -> [String] {
        guard let object = value as? [String: Any] else { return [] }
        let properties = schema["properties"] as? [String: [String: Any]] ?? [:]
        switch keyword {
        case "properties":
            return properties.flatMap { key, sub in object[key].map { validate($0, sub, path: "\(path).\(key)") } ?? [] }
        case "additionalProperties":
            let extra = object.filter { properties[$0.key] == nil }
            if let allowed = rule as? Bool { return allowed || extra.isEmpty ? [] : ["\(path): unexpected \(extra.keys.sorted())"] }
            return extra.flatMap { validate($0.value, rule as! [String: Any], path: "\(path).\($0.key)") }
        case "required":
            return (rule as! [String]).filter { object[$0] == nil }.map { "\(path): missing '\($0)'" }
        case "propertyNames":
            return object.keys.flatMap { validate($0, rule as! [String: Any], path: "\(path).\($0)") }
        case "minProperties":
            return object.count < (rule as! Int) ? ["\(path): too few properties"] : []
        case "maxProperties":
            return object.count > (rule as! Int) ? ["\(path): too many properties"] : []
        default:
            return ["\(path): unsupported schema keyword '\(keyword)'"]
        }
    }

    private func validateArray(_ value: Any, _ keyword: String, _ rule: Any, path: String) -> [String] {
        guard let array = value as? [Any] else { return [] }
        if keyword == "minItems" { return array.count < (rule as! Int) ? ["\(path): too few items"] : [] }
        return array.enumerated().flatMap { validate($0.element, rule as! [String: Any], path: "\(path)[\($0.offset)]") }
    }

    private func resolve(_ reference: String) -> [String: Any] {
        let name = String(reference.dropFirst("#/definitions/".count))
        return (root["definitions"] as? [String: Any])?[name] as? [String: Any] ?? ["unresolvable": reference]
    }

    private func typeMatches(_ value: Any, _ rule: Any) -> Bool {
        let types = (rule as? [String]) ?? [rule as! String]
        return types.contains { type in
            switch type {
            case "string": value is String
            case "integer": value is Int
            case "number": value is Int || value is Double
            case "boolean": value is Bool
            case "null": value is NSNull
            case "object": value is [String: Any]
            case "array": value is [Any]
            default: false
            }
        }
    }

    private func number(_ value: Any) -> Double? {
        if let int = value as? Int { return Double(int) }
        if let double = value as? Double { return double }
        if let string = value as? String { return Double(string) }
        return nil
    }

    private func equal(_ lhs: Any, _ rhs: Any) -> Bool {
        switch (lhs, rhs) {
        case (let a as Bool, let b as Bool): a == b
        case (is Bool, _), (_, is Bool): false
        case (let a as String, let b as String): a == b
        case (let a as Int, let b as Int): a == b
        case (is NSNull, is NSNull): true
        case (let a as [String: Any], let b as [String: Any]): a.isEmpty && b.isEmpty
        default: false
        }
    }
}
