using System.Security.Cryptography;
using System.Text.Json;
using Alicloud.RouterInterface.Testing.Engine;
using Alicloud.RouterInterface.Testing.Monitor;

namespace Alicloud.RouterInterface.Provider.Tests.Monitor;

/// <summary>The checkpoint holds secrets only as passphrase-manager ciphertext (pkg/resource/stack/deployment.go).</summary>
public sealed class CheckpointTests
{
    private const string SecretText = "checkpoint-Secret-9c41";

    [Fact]
    public void Secrets_AreCiphertextThatOpensToTheValue_PlainValuesStayPlain()
    {
        var state = new ProgramState("dev", "proj");
        var urn = Urns.Create("dev", "proj", "pulumi:providers:alicloud-routerinterface", "east");
        var partition = state.GetOrAddProvider(urn, "east");
        partition.State.SetProviderEntry(new ProviderStateEntry(urn, "id-1", PropertyValues.Object(("region", "cn-hangzhou"), ("secretKey", PropertyValues.Secret(SecretText)))));
        var checkpoint = new Checkpoint(RandomNumberGenerator.GetBytes(32));

        var text = checkpoint.Write(state);

        Assert.DoesNotContain(SecretText, text, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(text);
        var inputs = document.RootElement.GetProperty("deployment").GetProperty("resources")[0].GetProperty("inputs");
        Assert.Equal("cn-hangzhou", inputs.GetProperty("region").GetString());
        var secret = inputs.GetProperty("secretKey");
        Assert.Equal(PropertyValues.SecretSignature, secret.GetProperty(PropertyValues.SignatureKey).GetString());
        var ciphertext = secret.GetProperty("ciphertext").GetString()!;
        Assert.StartsWith("v1:", ciphertext, StringComparison.Ordinal);
        Assert.Equal(JsonSerializer.Serialize(SecretText), checkpoint.Decrypt(ciphertext));
    }

    [Fact]
    public void AnotherKey_CannotOpenIt()
    {
        var state = new ProgramState("dev", "proj");
        var urn = Urns.Create("dev", "proj", "pulumi:providers:alicloud-routerinterface", "east");
        state.GetOrAddProvider(urn, "east").State.SetProviderEntry(new ProviderStateEntry(urn, "id-1", PropertyValues.Object(("secretKey", PropertyValues.Secret(SecretText)))));
        var text = new Checkpoint(RandomNumberGenerator.GetBytes(32)).Write(state);
        using var document = JsonDocument.Parse(text);
        var ciphertext = document.RootElement.GetProperty("deployment").GetProperty("resources")[0]
            .GetProperty("inputs").GetProperty("secretKey").GetProperty("ciphertext").GetString()!;

        Assert.ThrowsAny<CryptographicException>(() => new Checkpoint(RandomNumberGenerator.GetBytes(32)).Decrypt(ciphertext));
    }
}
