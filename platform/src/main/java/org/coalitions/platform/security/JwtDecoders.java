package org.coalitions.platform.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.interfaces.RSAPublicKey;

import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

/** Builds the decoder from {@link JwtSettings}: signature, expiry and issuer are always checked. */
public final class JwtDecoders {

	private JwtDecoders() {
	}

	public static JwtDecoder of(JwtSettings settings) {
		if (settings.issuerUri() == null || settings.issuerUri().isBlank()) {
			throw new IllegalStateException("coalitions.security.jwt.issuer-uri must be set (KEYCLOAK_ISSUER_URI)");
		}
		if (settings.publicKeyLocation() != null) {
			NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(readKey(settings)).build();
			decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(settings.issuerUri()));
			return decoder;
		}
		if (settings.jwkSetUri() != null && !settings.jwkSetUri().isBlank()) {
			NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(settings.jwkSetUri()).build();
			decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(settings.issuerUri()));
			return decoder;
		}
		// resolved on first use, so a service starts while Keycloak is still starting
		return new SupplierJwtDecoder(() -> org.springframework.security.oauth2.jwt.JwtDecoders
			.fromIssuerLocation(settings.issuerUri()));
	}

	private static RSAPublicKey readKey(JwtSettings settings) {
		try (InputStream in = settings.publicKeyLocation().getInputStream()) {
			return RsaKeyConverters.x509().convert(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + settings.publicKeyLocation(), ex);
		}
	}
}
