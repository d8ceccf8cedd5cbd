// The admin form that creates a platform API key. Messages are keys under `apiKeys.errors`.
import { z } from "zod";

export const API_KEY_LABEL_MAX = 100;

export const createApiKeySchema = z.object({
  label: z.string("labelRequired").trim().min(1, "labelRequired").max(API_KEY_LABEL_MAX, "labelTooLong"),
  platformId: z.string("platformRequired").trim().min(1, "platformRequired"),
});
export type CreateApiKeyInput = z.infer<typeof createApiKeySchema>;
