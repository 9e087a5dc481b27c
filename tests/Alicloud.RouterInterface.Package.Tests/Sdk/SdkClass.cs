using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Alicloud.RouterInterface.Package.Tests.Sdk;

/// <summary>A class of the SDK sources with what the drift check compares: token, base type, members, constructor facts.</summary>
public sealed record SdkClass(
    string Name,
    string? Namespace,
    string? BaseType,
    string? ResourceToken,
    IReadOnlyList<SdkMember> Members,
    ClassDeclarationSyntax Syntax)
{
    public IEnumerable<SdkMember> Inputs => Members.Where(m => m.Kind == SdkMemberKind.Input);

    public IEnumerable<SdkMember> Outputs => Members.Where(m => m.Kind == SdkMemberKind.Output);

    /// <summary>Every public property name, attributed or not (examples may use any of them).</summary>
    public IEnumerable<string> PublicPropertyNames => Syntax.Members.OfType<PropertyDeclarationSyntax>()
        .Where(p => p.Modifiers.Any(m => m.Text == "public"))
        .Select(p => p.Identifier.Text);
}
