"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { FieldError } from "@/components/ui/field-error";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/validation/user";
import { inputBare, secondaryButton } from "./form-status";

// No look-alike characters (0/O, 1/l/I), so a password read out over the phone survives.
const ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

function randomPassword(length = 16): string {
  const bytes = new Uint32Array(length);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => ALPHABET[b % ALPHABET.length]).join("");
}

/** A new password: typed, or generated in the browser (never sent anywhere but the form). */
export function PasswordField({ id, label, error }: { id: string; label: string; error?: string }) {
  const t = useTranslations("admin.create");
  const [value, setValue] = useState("");
  const [visible, setVisible] = useState(false);
  const hintId = `${id}-hint`;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <div className="mt-1 flex flex-col gap-2 sm:flex-row">
        <input
          id={id}
          name="password"
          type={visible ? "text" : "password"}
          autoComplete="new-password"
          minLength={PASSWORD_MIN_LENGTH}
          maxLength={PASSWORD_MAX_LENGTH}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${hintId} ${id}-error` : hintId}
          className={`${inputBare} font-mono`}
        />
        <button
          type="button"
          onClick={() => {
            setValue(randomPassword());
            setVisible(true);
          }}
          className={`${secondaryButton} whitespace-nowrap`}
        >
          {t("generate")}
        </button>
      </div>
      <label className="mt-1 inline-flex items-center gap-2 text-sm">
        <input type="checkbox" checked={visible} onChange={(e) => setVisible(e.target.checked)} />
        {t("showPassword")}
      </label>
      <p id={hintId} className="text-sm text-slate-600">
        {t("passwordHint", { min: PASSWORD_MIN_LENGTH })}
      </p>
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
