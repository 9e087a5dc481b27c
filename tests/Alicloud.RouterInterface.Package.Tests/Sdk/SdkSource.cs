using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Alicloud.RouterInterface.Package.Tests.Sdk;

/// <summary>The C# SDK sources as Roslyn syntax trees (no compilation: the `Pulumi` package is not available here).</summary>
public sealed class SdkSource
{
    private SdkSource(IReadOnlyList<SyntaxTree> trees, IReadOnlyDictionary<string, string> otherFiles)
    {
        Trees = trees;
        OtherFiles = otherFiles;
        Classes = [.. trees.SelectMany(t => t.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>()).Select(Describe)];
    }

    public IReadOnlyList<SyntaxTree> Trees { get; }

    public IReadOnlyList<SdkClass> Classes { get; }

    /// <summary>Non-C# files by relative path (csproj, pulumi-plugin.json, version.txt).</summary>
    public IReadOnlyDictionary<string, string> OtherFiles { get; }

    public static SdkSource Load(string folder)
    {
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(Path.GetRelativePath(folder, f)))
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllText, StringComparer.Ordinal);
        return FromFiles(files);
    }

    /// <summary>From relative path → text, so tests can feed a deliberately broken copy.</summary>
    public static SdkSource FromFiles(IReadOnlyDictionary<string, string> files)
    {
        var trees = files.Where(f => f.Key.EndsWith(".cs", StringComparison.Ordinal))
            .Select(f => CSharpSyntaxTree.ParseText(f.Value, path: f.Key))
            .ToList();
        var others = files.Where(f => !f.Key.EndsWith(".cs", StringComparison.Ordinal)).ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        return new SdkSource(trees, others);
    }

    public SdkClass? Find(string name) => Classes.FirstOrDefault(c => c.Name == name);

    /// <summary>Syntax errors in any file (the drift check is meaningless on sources that do not parse).</summary>
    public IEnumerable<string> ParseErrors => Trees.SelectMany(t => t.GetDiagnostics()
        .Where(d => d.Severity == DiagnosticSeverity.Error)
        .Select(d => $"{t.FilePath}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}"));

    public static string NormalizeType(string typeText) =>
        new string([.. typeText.Where(c => !char.IsWhiteSpace(c))]).Replace("global::Pulumi.", "", StringComparison.Ordinal);

    private static bool IsBuildOutput(string relativePath) =>
        relativePath.StartsWith("bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
        || relativePath.StartsWith("obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static SdkClass Describe(ClassDeclarationSyntax node)
    {
        var baseType = node.BaseList?.Types.FirstOrDefault()?.Type.ToString();
        var token = node.AttributeLists.SelectMany(l => l.Attributes)
            .Where(a => AttributeName(a).EndsWith("ResourceType", StringComparison.Ordinal))
            .Select(FirstStringArgument)
            .FirstOrDefault();
        var ns = node.Ancestors().OfType<BaseNamespaceDeclarationSyntax>().FirstOrDefault()?.Name.ToString();
        return new SdkClass(node.Identifier.Text, ns, baseType is null ? null : NormalizeType(baseType), token, Members(node), node);
    }

    private static List<SdkMember> Members(ClassDeclarationSyntax node)
    {
        var members = new List<SdkMember>();
        foreach (var property in node.Members.OfType<PropertyDeclarationSyntax>())
        {
            if (PropertyAttribute(property.AttributeLists) is { } attribute)
            {
                members.Add(Member(attribute, property.Identifier.Text, property.Type.ToString(), secretWrapped: false));
            }
        }

        foreach (var field in node.Members.OfType<FieldDeclarationSyntax>())
        {
            if (PropertyAttribute(field.AttributeLists) is not { } attribute)
            {
                continue;
            }

            // [Input] on a backing field: the public face is the property that reads this field.
            var fieldName = field.Declaration.Variables.First().Identifier.Text;
            var property = node.Members.OfType<PropertyDeclarationSyntax>().FirstOrDefault(p =>
                p.AccessorList?.Accessors.Any(a => a.Keyword.Text == "get" && a.DescendantNodes().OfType<IdentifierNameSyntax>().Any(i => i.Identifier.Text == fieldName)) == true);
            var setter = property?.AccessorList?.Accessors.FirstOrDefault(a => a.Keyword.Text == "set");
            var wrapped = setter?.DescendantNodes().OfType<MemberAccessExpressionSyntax>().Any(m => m.Name.Identifier.Text == "CreateSecret") == true;
            members.Add(Member(attribute, property?.Identifier.Text ?? fieldName, (property?.Type ?? field.Declaration.Type).ToString(), wrapped));
        }

        return members;
    }

    private static SdkMember Member(AttributeSyntax attribute, string csharpName, string typeText, bool secretWrapped)
    {
        var kind = AttributeName(attribute) == "Input" ? SdkMemberKind.Input : SdkMemberKind.Output;
        var required = attribute.ArgumentList?.Arguments.Any(a =>
            (a.NameColon?.Name.Identifier.Text == "required" || a.NameEquals?.Name.Identifier.Text == "required")
            && a.Expression.IsKind(SyntaxKind.TrueLiteralExpression)) == true;
        return new SdkMember(kind, FirstStringArgument(attribute) ?? "", csharpName, NormalizeType(typeText), required, secretWrapped);
    }

    private static AttributeSyntax? PropertyAttribute(SyntaxList<AttributeListSyntax> lists) =>
        lists.SelectMany(l => l.Attributes).FirstOrDefault(a => AttributeName(a) is "Input" or "Output");

    private static string AttributeName(AttributeSyntax attribute)
    {
        var name = attribute.Name.ToString();
        name = name[(name.LastIndexOf('.') + 1)..];
        return name.EndsWith("Attribute", StringComparison.Ordinal) ? name[..^"Attribute".Length] : name;
    }

    private static string? FirstStringArgument(AttributeSyntax attribute) =>
        attribute.ArgumentList?.Arguments.FirstOrDefault()?.Expression is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } literal
            ? literal.Token.ValueText
            : null;
}
