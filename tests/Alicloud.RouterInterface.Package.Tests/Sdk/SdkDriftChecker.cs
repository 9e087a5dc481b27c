using System.Globalization;
using System.Text.Json;
using Alicloud.RouterInterface.Package.Tests.Schema;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Alicloud.RouterInterface.Package.Tests.Sdk;

/// <summary>
/// Compares the C# SDK sources with schema.json in both directions: tokens, [Input]/[Output] names, C# types and
/// nullability, required flags, secrets, defaults, ReplaceOnChanges, the Config class, pulumi-plugin.json and the csproj.
/// Returns one readable line per difference; none means no drift.
/// </summary>
public static class SdkDriftChecker
{
    private static readonly Dictionary<string, string> s_csharpTypes = new(StringComparer.Ordinal)
    {
        ["string"] = "string",
        ["integer"] = "int",
        ["boolean"] = "bool",
        ["number"] = "double",
    };

    public static List<string> Check(PackageSchema schema, SdkSource sdk)
    {
        var problems = new List<string>(sdk.ParseErrors);
        CheckNamespaces(schema, sdk, problems);
        foreach (var resource in schema.Resources.Values)
        {
            CheckResource(resource, sdk, problems);
        }

        CheckProvider(schema, sdk, problems);
        CheckNoUnknownTokens(schema, sdk, problems);
        CheckFunctions(sdk, problems);
        CheckConfig(schema, sdk, problems);
        CheckPackageFiles(schema, sdk, problems);
        return problems;
    }

    public static string PascalCase(string schemaName) => char.ToUpperInvariant(schemaName[0]) + schemaName[1..];

    /// <summary>The C# type the generator gives a property: Output&lt;T&gt; / Output&lt;T?&gt;, Input&lt;T&gt; / Input&lt;T&gt;?.</summary>
    public static string ExpectedType(SdkMemberKind kind, string schemaType, bool required)
    {
        // a map of strings (schema `object` with string `additionalProperties`), as the generator gives it
        if (schemaType == "object")
        {
            return kind == SdkMemberKind.Output
                ? required ? "Output<ImmutableDictionary<string,string>>" : "Output<ImmutableDictionary<string,string>?>"
                : "InputMap<string>";
        }

        var type = s_csharpTypes.TryGetValue(schemaType, out var mapped) ? mapped : $"<unsupported {schemaType}>";
        return kind == SdkMemberKind.Output
            ? required ? $"Output<{type}>" : $"Output<{type}?>"
            : required ? $"Input<{type}>" : $"Input<{type}>?";
    }

    private static void CheckNamespaces(PackageSchema schema, SdkSource sdk, List<string> problems)
    {
        foreach (var tree in sdk.Trees)
        {
            var namespaces = tree.GetRoot().DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>().Select(n => n.Name.ToString()).ToList();
            // output types of functions live in <namespace>.Outputs, as the generator puts them
            var allowed = tree.FilePath.StartsWith("Outputs" + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? schema.CSharpNamespace + ".Outputs" : schema.CSharpNamespace;
            if (namespaces.Count == 0 || namespaces.Any(n => n != allowed))
            {
                problems.Add($"{tree.FilePath}: namespace should be {schema.CSharpNamespace}, is {string.Join(", ", namespaces.DefaultIfEmpty("(none)"))}");
            }
        }
    }

    /// <summary>Each function of schema.json has its class and both argument classes, with exactly the schema's argument names.</summary>
    private static void CheckFunctions(SdkSource sdk, List<string> problems)
    {
        using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Alicloud.RouterInterface.Testing.RepoPaths.SchemaFile));
        if (!document.RootElement.TryGetProperty("functions", out var functions))
        {
            return;
        }

        foreach (var function in functions.EnumerateObject())
        {
            var name = PascalCase(function.Name[(function.Name.LastIndexOf(':') + 1)..]);
            var arguments = function.Value.GetProperty("inputs").GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToList();
            Expect(sdk.Classes.Any(c => c.Name == name), $"no SDK class {name} for the function {function.Name}", problems);
            foreach (var argsClass in new[] { name + "Args", name + "InvokeArgs" })
            {
                var type = sdk.Classes.FirstOrDefault(c => c.Name == argsClass);
                var names = type?.Inputs.Select(m => m.SchemaName).Order(StringComparer.Ordinal).ToList() ?? [];
                Expect(names.SequenceEqual(arguments), $"{argsClass} has arguments [{string.Join(", ", names)}], the schema [{string.Join(", ", arguments)}]", problems);
            }
        }
    }

    private static void CheckResource(ResourceSchema resource, SdkSource sdk, List<string> problems)
    {
        var type = sdk.Classes.FirstOrDefault(c => c.ResourceToken == resource.Token);
        if (type is null)
        {
            problems.Add($"no SDK class carries the resource type {resource.Token}");
            return;
        }

        Expect(type.Name == resource.TypeName, $"class for {resource.Token} is named {type.Name}, expected {resource.TypeName}", problems);
        Expect(type.BaseType == "CustomResource", $"{type.Name} derives from {type.BaseType}, expected global::Pulumi.CustomResource", problems);
        CheckBaseConstructorTokens(type, resource.Token, problems);
        Expect(type.Syntax.Members.OfType<MethodDeclarationSyntax>().Any(m => m.Identifier.Text == "Get" && m.Modifiers.Any(x => x.Text == "static")),
            $"{type.Name} has no static Get(name, id, options)", problems);
        CompareMembers(type.Name, SdkMemberKind.Output, resource.Outputs, resource.RequiredOutputs, type.Outputs.ToList(), problems);

        var replaceOnChanges = type.Syntax.DescendantNodes().OfType<AssignmentExpressionSyntax>()
            .Where(a => a.Left is IdentifierNameSyntax { Identifier.Text: "ReplaceOnChanges" })
            .SelectMany(a => StringLiterals(a.Right))
            .Order(StringComparer.Ordinal);
        var expectedReplace = resource.Outputs.Values.Where(p => p.ReplaceOnChanges).Select(p => p.Name).Order(StringComparer.Ordinal);
        Expect(replaceOnChanges.SequenceEqual(expectedReplace),
            $"{type.Name}.MakeResourceOptions ReplaceOnChanges is [{string.Join(", ", replaceOnChanges)}], schema says [{string.Join(", ", expectedReplace)}]", problems);

        var argsName = type.Name + "Args";
        var args = sdk.Find(argsName);
        if (args is null)
        {
            problems.Add($"no {argsName} class");
            return;
        }

        Expect(args.BaseType == "ResourceArgs", $"{argsName} derives from {args.BaseType}, expected global::Pulumi.ResourceArgs", problems);
        CompareMembers(argsName, SdkMemberKind.Input, resource.Inputs, resource.RequiredInputs, args.Inputs.ToList(), problems);
        CompareDefaults(argsName, resource.Inputs, args, problems);
    }

    private static void CheckProvider(PackageSchema schema, SdkSource sdk, List<string> problems)
    {
        var provider = sdk.Classes.FirstOrDefault(c => c.ResourceToken == schema.ProviderToken);
        if (provider is null)
        {
            problems.Add($"no SDK class carries the provider type {schema.ProviderToken}");
            return;
        }

        Expect(provider.Name == "Provider", $"the provider class is named {provider.Name}, expected Provider", problems);
        Expect(provider.BaseType == "ProviderResource", $"Provider derives from {provider.BaseType}, expected global::Pulumi.ProviderResource", problems);
        CheckBaseConstructorTokens(provider, schema.Name, problems);
        var args = sdk.Find("ProviderArgs");
        if (args is null)
        {
            problems.Add("no ProviderArgs class");
            return;
        }

        CompareMembers("ProviderArgs", SdkMemberKind.Input, schema.ProviderInputs, [], args.Inputs.ToList(), problems);
    }

    private static void CheckNoUnknownTokens(PackageSchema schema, SdkSource sdk, List<string> problems)
    {
        foreach (var type in sdk.Classes.Where(c => c.ResourceToken is not null))
        {
            Expect(schema.Resources.ContainsKey(type.ResourceToken!) || type.ResourceToken == schema.ProviderToken,
                $"{type.Name} carries {type.ResourceToken}, which schema.json does not define", problems);
        }
    }

    private static void CompareMembers(
        string owner,
        SdkMemberKind kind,
        IReadOnlyDictionary<string, SchemaProperty> expected,
        IReadOnlyList<string> required,
        IReadOnlyList<SdkMember> actual,
        List<string> problems)
    {
        var attribute = kind == SdkMemberKind.Input ? "[Input]" : "[Output]";
        foreach (var duplicate in actual.GroupBy(m => m.SchemaName).Where(g => g.Count() > 1))
        {
            problems.Add($"{owner}: {attribute} \"{duplicate.Key}\" appears {duplicate.Count()} times");
        }

        var byName = actual.GroupBy(m => m.SchemaName).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var property in expected.Values)
        {
            if (!byName.TryGetValue(property.Name, out var member))
            {
                problems.Add($"{owner}: missing {attribute} \"{property.Name}\"");
                continue;
            }

            var isRequired = required.Contains(property.Name);
            var expectedType = ExpectedType(kind, property.Type, isRequired);
            Expect(member.CSharpName == PascalCase(property.Name), $"{owner}.{member.CSharpName}: {attribute} \"{property.Name}\" should be named {PascalCase(property.Name)}", problems);
            Expect(member.TypeText == expectedType, $"{owner}.{member.CSharpName}: type is {member.TypeText}, schema says {expectedType}", problems);
            if (kind == SdkMemberKind.Input)
            {
                Expect(member.Required == isRequired, $"{owner}.{member.CSharpName}: required is {member.Required}, schema says {isRequired}", problems);
                Expect(member.SecretWrapped == property.Secret, $"{owner}.{member.CSharpName}: secret wrapping is {member.SecretWrapped}, schema says secret={property.Secret}", problems);
            }
        }

        foreach (var extra in actual.Where(m => !expected.ContainsKey(m.SchemaName)))
        {
            problems.Add($"{owner}.{extra.CSharpName}: {attribute} \"{extra.SchemaName}\" is not in schema.json");
        }
    }

    private static void CompareDefaults(string owner, IReadOnlyDictionary<string, SchemaProperty> inputs, SdkClass args, List<string> problems)
    {
        var constructor = args.Syntax.Members.OfType<ConstructorDeclarationSyntax>().FirstOrDefault(c => c.ParameterList.Parameters.Count == 0);
        var assigned = constructor?.Body?.Statements.OfType<ExpressionStatementSyntax>()
            .Select(s => s.Expression).OfType<AssignmentExpressionSyntax>()
            .Where(a => a.Left is IdentifierNameSyntax && a.Right is LiteralExpressionSyntax)
            .ToDictionary(a => ((IdentifierNameSyntax)a.Left).Identifier.Text, a => ((LiteralExpressionSyntax)a.Right).Token.ValueText, StringComparer.Ordinal)
            ?? [];
        var expected = inputs.Values.Where(p => p.Default is not null)
            .ToDictionary(p => PascalCase(p.Name), p => LiteralText(p.Default!.Value), StringComparer.Ordinal);
        Expect(assigned.OrderBy(kv => kv.Key, StringComparer.Ordinal).SequenceEqual(expected.OrderBy(kv => kv.Key, StringComparer.Ordinal)),
            $"{owner}(): defaults are {{{Show(assigned)}}}, schema says {{{Show(expected)}}}", problems);
    }

    private static void CheckConfig(PackageSchema schema, SdkSource sdk, List<string> problems)
    {
        var config = sdk.Find("Config");
        if (config is null)
        {
            problems.Add("no Config class");
            return;
        }

        var found = new Dictionary<string, (string Field, string[] Environment)>(StringComparer.Ordinal);
        foreach (var field in config.Syntax.Members.OfType<FieldDeclarationSyntax>())
        {
            var variable = field.Declaration.Variables.First();
            var get = variable.Initializer?.DescendantNodes().OfType<InvocationExpressionSyntax>()
                .FirstOrDefault(i => i.Expression is MemberAccessExpressionSyntax { Name.Identifier.Text: "Get" or "GetInt32" or "GetBoolean" or "GetDouble" });
            if (get?.ArgumentList.Arguments.FirstOrDefault()?.Expression is not LiteralExpressionSyntax key)
            {
                continue;
            }

            var environment = variable.Initializer!.DescendantNodes().OfType<InvocationExpressionSyntax>()
                .Where(i => i.Expression is MemberAccessExpressionSyntax { Name.Identifier.Text: "GetEnv" })
                .SelectMany(i => StringLiterals(i.ArgumentList))
                .ToArray();
            found[key.Token.ValueText] = (variable.Identifier.Text, environment);
        }

        foreach (var variable in schema.ConfigVariables.Values)
        {
            if (!found.TryGetValue(variable.Name, out var setting))
            {
                problems.Add($"Config: no setting reads \"{variable.Name}\"");
                continue;
            }

            Expect(setting.Environment.SequenceEqual(variable.Environment),
                $"Config.{PascalCase(variable.Name)}: environment fallbacks are [{string.Join(", ", setting.Environment)}], schema says [{string.Join(", ", variable.Environment)}]", problems);
            var property = config.Syntax.Members.OfType<PropertyDeclarationSyntax>().FirstOrDefault(p => p.Identifier.Text == PascalCase(variable.Name));
            var expectedType = (s_csharpTypes.TryGetValue(variable.Type, out var t) ? t : variable.Type) + "?";
            Expect(property is not null && SdkSource.NormalizeType(property.Type.ToString()) == expectedType,
                $"Config: no public static {expectedType} {PascalCase(variable.Name)}", problems);
            Expect(property?.DescendantNodes().OfType<IdentifierNameSyntax>().Any(i => i.Identifier.Text == setting.Field) == true,
                $"Config.{PascalCase(variable.Name)} does not read the setting that reads \"{variable.Name}\"", problems);
        }

        foreach (var extra in found.Keys.Where(k => !schema.ConfigVariables.ContainsKey(k)))
        {
            problems.Add($"Config reads \"{extra}\", which schema.json config.variables does not define");
        }
    }

    // version.txt and pulumi-plugin.json are written from the packed Version at build time, so the csproj is checked:
    // it must name the plugin, take the version from $(Version), embed both files and pack them as content.
    private static void CheckPackageFiles(PackageSchema schema, SdkSource sdk, List<string> problems)
    {
        var csprojName = $"{schema.CSharpNamespace}.csproj";
        if (!sdk.OtherFiles.TryGetValue(csprojName, out var csproj))
        {
            problems.Add($"no {csprojName}");
            return;
        }

        Expect(csproj.Contains("<PackageReference Include=\"Pulumi\"", StringComparison.Ordinal), $"{csprojName} should reference the Pulumi package", problems);
        Expect(csproj.Contains("\"resource\": true", StringComparison.Ordinal), "pulumi-plugin.json: \"resource\" should be true", problems);
        Expect(csproj.Contains($"\"name\": \"{schema.Name}\"", StringComparison.Ordinal), $"pulumi-plugin.json: \"name\" should be {schema.Name}", problems);
        Expect(csproj.Contains("\"version\": \"$(Version)\"", StringComparison.Ordinal), "pulumi-plugin.json: \"version\" should be the packed $(Version)", problems);
        foreach (var file in new[] { "version.txt", "pulumi-plugin.json" })
        {
            Expect(csproj.Contains($"<EmbeddedResource Include=\"$(PluginMetadataDirectory){file}\"", StringComparison.Ordinal), $"{csprojName} should embed {file}", problems);
            Expect(csproj.Contains($"<None Include=\"$(PluginMetadataDirectory){file}\" Pack=\"True\" PackagePath=\"content\"", StringComparison.Ordinal), $"{csprojName} should pack {file} as content", problems);
            Expect(!sdk.OtherFiles.ContainsKey(file), $"{file} is committed: it is written from the packed version at build time", problems);
        }
    }

    private static void CheckBaseConstructorTokens(SdkClass type, string token, List<string> problems)
    {
        var constructors = type.Syntax.Members.OfType<ConstructorDeclarationSyntax>().ToList();
        Expect(constructors.Count > 0, $"{type.Name} has no constructor", problems);
        foreach (var constructor in constructors)
        {
            var first = constructor.Initializer?.ArgumentList.Arguments.FirstOrDefault()?.Expression as LiteralExpressionSyntax;
            Expect(first?.Token.ValueText == token, $"{type.Name}({constructor.ParameterList.Parameters}) passes {first?.Token.ValueText ?? "no literal"} to base, expected \"{token}\"", problems);
        }
    }

    private static IEnumerable<string> StringLiterals(SyntaxNode node) =>
        node.DescendantNodesAndSelf().OfType<LiteralExpressionSyntax>()
            .Where(l => l.IsKind(SyntaxKind.StringLiteralExpression))
            .Select(l => l.Token.ValueText);

    private static string LiteralText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Number => value.GetDouble().ToString(CultureInfo.InvariantCulture),
        _ => value.GetString() ?? "",
    };

    private static string Show(IReadOnlyDictionary<string, string> values) => string.Join(", ", values.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key}={kv.Value}"));

    private static void Expect(bool condition, string problem, List<string> problems)
    {
        if (!condition)
        {
            problems.Add(problem);
        }
    }
}
