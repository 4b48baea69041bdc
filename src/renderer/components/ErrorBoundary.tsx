// Keeps a rendering bug in one workspace from blanking the whole console: the workspace shows a
// translated message and a retry button; the header and the other workspaces keep working.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ErrorBoundaryState {
  readonly failed: boolean;
}

export class ErrorBoundary extends Component<{ readonly children: ReactNode }, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { failed: false };

  static getDerivedStateFromError(): ErrorBoundaryState {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // The developer console is the only place the stack is useful; the user gets the translated message.
    console.error(error, info.componentStack);
  }

  override render() {
    return this.state.failed ? <ErrorFallback onRetry={() => this.setState({ failed: false })} /> : this.props.children;
  }
}

function ErrorFallback({ onRetry }: { readonly onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="error-fallback" role="alert">
      <h2>{t('errorBoundary.title')}</h2>
      <p>{t('errorBoundary.body')}</p>
      <button type="button" className="button button--primary" onClick={onRetry}>
        {t('errorBoundary.retry')}
      </button>
    </div>
  );
}
