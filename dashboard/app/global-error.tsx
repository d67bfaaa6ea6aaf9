'use client';
// The root layout itself failed: error.tsx's page, in a document of its own (this replaces the layout).
import './globals.css';
import PageError from './error.tsx';

export default function GlobalError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="id">
      <body><PageError {...props} /></body>
    </html>
  );
}
