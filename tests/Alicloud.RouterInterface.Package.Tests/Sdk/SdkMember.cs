namespace Alicloud.RouterInterface.Package.Tests.Sdk;

public enum SdkMemberKind
{
    Input,
    Output,
}

/// <summary>
/// One [Input]/[Output] of an SDK class, read from source: the schema name in the attribute, the public C# name and type,
/// and whether the value is wrapped as a secret (an [Input] on a private field whose public property's setter calls Output.CreateSecret).
/// </summary>
public sealed record SdkMember(
    SdkMemberKind Kind,
    string SchemaName,
    string CSharpName,
    string TypeText,
    bool Required,
    bool SecretWrapped);
