namespace Alicloud.RouterInterface.Package.Tests.Schema;

/// <summary>A resource of schema.json: inputs, outputs (<c>properties</c>) and which of them are required.</summary>
public sealed record ResourceSchema(
    string Token,
    IReadOnlyDictionary<string, SchemaProperty> Inputs,
    IReadOnlyDictionary<string, SchemaProperty> Outputs,
    IReadOnlyList<string> RequiredInputs,
    IReadOnlyList<string> RequiredOutputs)
{
    /// <summary>The type name after the last colon of the token (<c>RouterInterface</c>).</summary>
    public string TypeName => Token[(Token.LastIndexOf(':') + 1)..];
}
