// Pass/fail marks. Always shown beside a text label: the meaning never rests on the icon alone.
export function CheckIcon({ className = "h-5 w-5" }: { className?: string }) {
  return (
    <svg viewBox="0 0 20 20" fill="currentColor" aria-hidden="true" className={className}>
      <path fillRule="evenodd" d="M10 18a8 8 0 1 0 0-16 8 8 0 0 0 0 16Zm3.7-9.3a1 1 0 0 0-1.4-1.4L9 10.58 7.7 9.3a1 1 0 0 0-1.4 1.4l2 2a1 1 0 0 0 1.4 0l4-4Z" clipRule="evenodd" />
    </svg>
  );
}

export function CrossIcon({ className = "h-5 w-5" }: { className?: string }) {
  return (
    <svg viewBox="0 0 20 20" fill="currentColor" aria-hidden="true" className={className}>
      <path fillRule="evenodd" d="M10 18a8 8 0 1 0 0-16 8 8 0 0 0 0 16ZM8.7 7.3a1 1 0 0 0-1.4 1.4L8.58 10l-1.3 1.3a1 1 0 1 0 1.42 1.4L10 11.42l1.3 1.3a1 1 0 0 0 1.4-1.42L11.42 10l1.3-1.3a1 1 0 0 0-1.42-1.4L10 8.58 8.7 7.3Z" clipRule="evenodd" />
    </svg>
  );
}
